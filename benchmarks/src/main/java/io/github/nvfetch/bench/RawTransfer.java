package io.github.nvfetch.bench;

import io.github.nvfetch.bench.internal.Args;
import io.github.nvfetch.bench.internal.DataDirs;
import io.github.nvfetch.bench.internal.Fmt;
import io.github.nvfetch.bench.internal.Report;
import io.github.nvfetch.bench.internal.ReportFile;
import io.github.nvfetch.bench.internal.process.ReplicaLaunch;
import io.github.nvfetch.bench.internal.process.ReplicaProcess;
import io.github.nvfetch.bench.internal.transfer.CurlDownloads;
import io.github.nvfetch.bench.internal.transfer.CurlMode;
import io.github.nvfetch.bench.internal.transfer.SdkDownloads;
import io.github.nvfetch.bench.internal.transfer.TransferResult;
import io.github.nvfetch.bench.internal.transfer.TransferSettings;
import io.github.nvfetch.bench.internal.transfer.TransferTable;
import io.github.nvfetch.core.ImageMeta;
import io.github.nvfetch.testkit.Corpus;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Benchmark 3, raw transfer: realistic files (~0.7 MB gzip NIfTI) from a replica in its own JVM
 * over loopback, no latency, no limits; the SDK downloads them P at a time (verifying and writing
 * each to disk), then curl fetches the same URLs with the same parallelism to {@code /dev/null}
 * (the machine's practical limit) and to files. Reports MB/s and client CPU seconds per GB.
 */
public final class RawTransfer {

  /** The options of the command. */
  public static final Set<String> OPTIONS = ReportFile.withReportOptions(TransferSettings.OPTIONS);

  private RawTransfer() {}

  /** Runs the command: measures, prints the table, appends it to the report file. */
  public static void run(List<String> arguments, PrintStream out) {
    Args args = Args.parse(arguments, OPTIONS);
    TransferSettings settings = TransferSettings.from(args);
    Report report = new Report("Raw transfer");
    ReplicaLaunch launch = settings.replica();
    Corpus corpus = Corpus.generate(launch.spec());
    Path scratch = DataDirs.fresh(settings.workDir(), "nvfetch-bench-transfer-");
    List<TransferResult> results = new ArrayList<>();
    try (ReplicaProcess replica = ReplicaProcess.start(launch, List.of(), Duration.ofMinutes(2))) {
      List<ImageMeta> all =
          corpus
              .imageIds()
              .limit(settings.warmupFiles() + settings.files())
              .mapToObj(id -> ImageMeta.fromJson(corpus.imageJson(id, replica.baseUrl())))
              .toList();
      List<ImageMeta> measured = all.subList(settings.warmupFiles(), all.size());
      List<String> urls = measured.stream().map(image -> image.file().orElseThrow()).toList();
      SdkDownloads sdk = new SdkDownloads(replica);
      CurlDownloads curl = new CurlDownloads(replica, scratch);
      out.printf("warming up: the SDK downloads %d other files...%n", settings.warmupFiles());
      inFreshDir(scratch, dir -> sdk.run(all.subList(0, settings.warmupFiles()), 4, dir));
      for (int parallel : settings.parallel()) {
        results.add(print(out, inFreshDir(scratch, dir -> sdk.run(measured, parallel, dir))));
        for (CurlMode mode : CurlMode.values()) {
          results.add(print(out, inFreshDir(scratch, dir -> curl.run(urls, parallel, mode, dir))));
        }
      }
    } finally {
      DataDirs.delete(scratch);
    }
    describe(report, settings, results);
    ReportFile.publish(report.finish(), ReportFile.from(args), out);
  }

  private static TransferResult inFreshDir(Path scratch, Function<Path, TransferResult> run) {
    Path dir = DataDirs.fresh(scratch, "files-");
    try {
      return run.apply(dir);
    } finally {
      DataDirs.delete(dir);
    }
  }

  private static TransferResult print(PrintStream out, TransferResult r) {
    out.printf(
        "  %-31s P=%d: %d files, %.1f MB in %.2f s = %.1f MB/s, %.2f CPU s%n",
        r.client(),
        r.parallel(),
        r.files(),
        r.bytes() / 1e6,
        r.wallSeconds(),
        r.megabytesPerSecond(),
        r.cpuSeconds());
    return r;
  }

  private static void describe(
      Report report, TransferSettings settings, List<TransferResult> results) {
    long bytes = results.isEmpty() ? 0 : results.get(0).bytes();
    report.setting(
        "replica in its own JVM (no faults, no latency), loopback; "
            + Fmt.count(settings.files())
            + " realistic files per run ("
            + Fmt.num(bytes / 1e6 / Math.max(1, settings.files()), 2)
            + " MB each on average), the same URLs for every client; after a warm-up of "
            + settings.warmupFiles()
            + " other files by the SDK");
    report.setting(
        "SDK: client.download() P at a time (stream to a part file, inflate the whole gzip stream,"
            + " check the NIfTI header, fsync, rename); CPU = this JVM's process CPU time during the run");
    report.setting(
        "curl: one `curl --parallel --parallel-max P` process; CPU from bash's `times` (user + system"
            + " of curl and, for the last row, of xargs, gzip and sync); `curl > files` writes the files without fsync;"
            + " `+ gzip -t + fsync` then tests every file's gzip stream and fsyncs it, P at a time (the SDK's work,"
            + " in two stages)");
    report.table(
        "Results (MB = 10^6 bytes the replica sent; CPU s/GB = client CPU seconds per 10^9 bytes)",
        TransferTable.of(results));
    report.table(
        "Where the SDK's CPU goes (CPU ms per file by thread group, from /proc/self/task; nvfetch-io ="
            + " part-file writes, gzip inflate and NIfTI check, fsync, rename; event loops = socket reads and HTTP"
            + " decoding)",
        TransferTable.sdkCpu(results));
  }
}
