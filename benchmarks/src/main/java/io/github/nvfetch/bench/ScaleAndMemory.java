package io.github.nvfetch.bench;

import io.github.nvfetch.bench.internal.Args;
import io.github.nvfetch.bench.internal.DataDirs;
import io.github.nvfetch.bench.internal.Fmt;
import io.github.nvfetch.bench.internal.Report;
import io.github.nvfetch.bench.internal.ReportFile;
import io.github.nvfetch.bench.internal.process.ReplicaLaunch;
import io.github.nvfetch.bench.internal.scale.ScaleOutcome;
import io.github.nvfetch.bench.internal.scale.ScaleRun;
import io.github.nvfetch.bench.internal.scale.ScaleSettings;
import io.github.nvfetch.bench.internal.scale.ScaleTable;
import io.github.nvfetch.bench.internal.scale.ScaleWorkerProcess;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Benchmark 2, scale and memory: (a) the metadata of a NeuroVault-sized corpus (300,000 images in
 * 17,000 collections) streamed through {@code client.fetch} with a filter that rejects nearly every
 * image, and (b) a 20,000-image harvest collected into a {@code NeuroVaultDataset}, each in a
 * worker JVM with {@code -Xmx256m} against a replica in its own JVM (no latency, no limits), so
 * that the memory measured is the client's alone.
 */
public final class ScaleAndMemory {

  /** The options of the command. */
  public static final Set<String> OPTIONS = ReportFile.withReportOptions(ScaleSettings.OPTIONS);

  private ScaleAndMemory() {}

  /** Runs the command: measures, prints the tables, appends them to the report file. */
  public static void run(List<String> arguments, PrintStream out) {
    Args args = Args.parse(arguments, OPTIONS);
    ScaleSettings settings = ScaleSettings.from(args);
    Report report = new Report("Scale and memory");
    List<ScaleOutcome> outcomes = new ArrayList<>();
    outcomes.add(runOne("stream", settings.streamReplica(), settings, out));
    outcomes.add(runOne("dataset", settings.datasetReplica(), settings, out));
    ReportFile.publish(describe(report, settings, outcomes).finish(), ReportFile.from(args), out);
  }

  private static ScaleOutcome runOne(
      String mode, ReplicaLaunch replica, ScaleSettings settings, PrintStream out) {
    out.printf(
        "running %s: replica of %s images in %s collections, worker -Xmx%s...%n",
        mode, Fmt.count(replica.images()), Fmt.count(replica.collections()), settings.heap());
    Path dataDir = DataDirs.fresh(settings.workDir(), "nvfetch-bench-" + mode + "-");
    try {
      ScaleOutcome outcome = ScaleWorkerProcess.run(mode, replica, settings, dataDir);
      out.printf(
          "  %s records in %.1f s, %s images fetched, completed: %s%n",
          Fmt.count(outcome.figures().imageRecords()),
          outcome.figures().wallSeconds(),
          Fmt.count(outcome.figures().fetched()),
          outcome.completed());
      return outcome;
    } finally {
      DataDirs.delete(dataDir);
    }
  }

  private static Report describe(
      Report report, ScaleSettings settings, List<ScaleOutcome> outcomes) {
    report.setting(
        "stream: replica corpus seed "
            + settings.seed()
            + ", "
            + Fmt.count(settings.images())
            + " images in "
            + Fmt.count(settings.collections())
            + " collections (3% private), tiny files, no faults;"
            + " client.fetch with nilearn's default terms and a filter keeping image ids divisible by "
            + ScaleRun.KEEP_ONE_IN
            + ", no image limit, page size 100");
    report.setting(
        "dataset: replica corpus of "
            + Fmt.count(settings.datasetImages())
            + " images, all public,"
            + " tiny files; client.fetchDataset with no image terms and no limit, "
            + settings.downloads()
            + " downloads in flight");
    report.setting(
        "both: worker JVM -Xmx"
            + settings.heap()
            + " (default GC), client rate "
            + settings.rate()
            + " req/s (not a bound), replica in its own JVM, heap sampled every 10 ms and after every GC");
    report.table(
        "Speed (records/s = image records read from list pages / wall time; completed = exit 0 and every"
            + " public record and collection read)",
        ScaleTable.speed(outcomes));
    report.table(
        "Memory of the worker JVM, MiB (reachable = heap used after a full GC, before the run and at the"
            + " end with the result still referenced; after GC includes old-generation garbage that young collections"
            + " leave, so it bounds the live set from above)",
        ScaleTable.memory(outcomes));
    report.table(
        "Where the worker's CPU goes (µs per image record by thread group, from /proc/self/task;"
            + " parallel = JSON parsing, record conversion and filtering; nvfetch-io = the local store: collection and"
            + " image metadata files and image files, each fsynced; event loops = HTTP)",
        ScaleTable.cpu(outcomes));
    return report;
  }
}
