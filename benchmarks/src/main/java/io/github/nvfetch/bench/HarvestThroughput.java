package io.github.nvfetch.bench;

import io.github.nvfetch.bench.internal.Args;
import io.github.nvfetch.bench.internal.DataDirs;
import io.github.nvfetch.bench.internal.Fmt;
import io.github.nvfetch.bench.internal.Report;
import io.github.nvfetch.bench.internal.ReportFile;
import io.github.nvfetch.bench.internal.harvest.HarvestScenario;
import io.github.nvfetch.bench.internal.harvest.ScenarioResult;
import io.github.nvfetch.bench.internal.harvest.ScenarioRunner;
import io.github.nvfetch.bench.internal.harvest.ThroughputCorpus;
import io.github.nvfetch.bench.internal.harvest.ThroughputSettings;
import io.github.nvfetch.bench.internal.harvest.ThroughputTable;
import io.github.nvfetch.bench.internal.startup.TimelineSettings;
import io.github.nvfetch.testkit.ReplicaServer;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Benchmark 1, harvest throughput against the physical limit: an in-process replica with the {@code
 * neurovault} profile (nginx's 10 requests/s burst 20 and 10 in-flight requests, 503 beyond; pages
 * ~300 ms, files ~2 s) is harvested with nilearn's default terms by the SDK with its default
 * settings, with tuned settings, and one request at a time as nilearn does; same corpus, same
 * replica, one run, fresh data directory per scenario. With {@code --timeline}, the start-up
 * timeline of a short harvest instead ({@link StartupTimeline}).
 */
public final class HarvestThroughput {

  /** The options of the command. */
  public static final Set<String> OPTIONS =
      ReportFile.withReportOptions(union(ThroughputSettings.OPTIONS, TimelineSettings.OPTIONS));

  private HarvestThroughput() {}

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  /** Runs the command: measures, prints the tables, appends them to the report file. */
  public static void run(List<String> arguments, PrintStream out) {
    Args args = Args.parse(arguments, OPTIONS);
    if (args.flag("timeline")) {
      StartupTimeline.run(args, out);
      return;
    }
    ThroughputSettings settings = ThroughputSettings.from(args);
    Report report = new Report("Harvest throughput");
    List<ScenarioResult> results = measure(settings, report, out);
    ReportFile.publish(describe(report, settings, results).finish(), ReportFile.from(args), out);
  }

  /**
   * Runs the three scenarios (default, tuned, sequential) and returns their results in that order.
   *
   * @param report receives the corpus description as a setting
   */
  public static List<ScenarioResult> measure(
      ThroughputSettings settings, Report report, PrintStream out) {
    int baselineImages = settings.effectiveBaselineImages();
    List<HarvestScenario> scenarios =
        List.of(
            HarvestScenario.defaults(settings.images()),
            HarvestScenario.tuned(settings.images()),
            HarvestScenario.sequential(baselineImages));
    try (ReplicaServer server =
        ReplicaServer.builder()
            .corpus(
                ThroughputCorpus.spec(
                    settings.seed(), settings.images(), settings.realisticFiles()))
            .faults(settings.faults())
            .port(0)
            .start()) {
      long selectable = ThroughputCorpus.requireSelectable(server.corpus(), settings.images());
      report.setting(
          "corpus: seed "
              + settings.seed()
              + ", "
              + Fmt.count(server.corpus().collectionCount())
              + " public collections, "
              + Fmt.count(server.corpus().imageCount())
              + " public images, "
              + Fmt.count(selectable)
              + " pass nilearn's default terms; "
              + (settings.realisticFiles() ? "realistic files (~0.7 MB)" : "tiny files"));
      ScenarioRunner runner = new ScenarioRunner(server);
      List<ScenarioResult> results = new ArrayList<>();
      for (HarvestScenario scenario : scenarios) {
        out.printf(
            "running %s: %d images (%s)...%n",
            scenario.name(), scenario.images(), scenario.description());
        Path dataDir = DataDirs.fresh(settings.workDir(), "nvfetch-bench-" + scenario.name() + "-");
        try {
          ScenarioResult result = runner.run(scenario, dataDir);
          out.printf(
              "  %d images in %.1f s: %.3f images/s%n",
              result.fetched(), result.wallSeconds(), result.imagesPerSecond());
          results.add(result);
        } finally {
          DataDirs.delete(dataDir);
        }
      }
      return results;
    }
  }

  private static Report describe(
      Report report, ThroughputSettings settings, List<ScenarioResult> results) {
    ScenarioResult baseline = results.get(results.size() - 1);
    report.setting(
        "replica: in-process, profile neurovault (limit_req 10 r/s burst 20 nodelay, limit_conn 10,"
            + " 503 without Retry-After; pages 300±100 ms, files 2000±700 ms), latency scale "
            + settings.latencyScale());
    report.setting(
        "request: nilearn's default terms, maxImages = images; fresh data directory per scenario");
    if (baseline.scenario().images() < settings.images()) {
      report.setting(
          "the sequential baseline fetched "
              + baseline.scenario().images()
              + " images instead of "
              + settings.images()
              + " (to stay within about 15 minutes); rates are compared");
    }
    report.table(
        "Results (images/s = images / wall time; speed-up = images/s / sequential images/s)",
        ThroughputTable.results(results, baseline));
    report.table(
        "Limits and what the replica saw (server times from its request log, arrival to end of"
            + " response; files in flight = total file time / wall time)",
        ThroughputTable.limits(results));
    return report;
  }
}
