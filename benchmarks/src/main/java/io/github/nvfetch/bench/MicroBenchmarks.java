package io.github.nvfetch.bench;

import io.github.nvfetch.bench.internal.Args;
import io.github.nvfetch.bench.internal.Fmt;
import io.github.nvfetch.bench.internal.Report;
import io.github.nvfetch.bench.internal.ReportFile;
import io.github.nvfetch.bench.internal.TextTable;
import io.github.nvfetch.bench.internal.micro.MicroSettings;
import io.github.nvfetch.bench.internal.micro.SampleFilters;
import io.github.nvfetch.bench.internal.micro.SampleRecords;
import io.github.nvfetch.core.ImageMeta;
import io.github.nvfetch.core.Metadata;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Benchmark 4, JMH micro-benchmarks ({@link FilterBenchmark}, {@link PageParsingBenchmark}):
 * per-record cost of filter evaluation and of page parsing, with a table of the scores and what
 * they mean for 300,000 records.
 */
public final class MicroBenchmarks {

  /** The options of the command. */
  public static final Set<String> OPTIONS = ReportFile.withReportOptions(MicroSettings.OPTIONS);

  private static final long NEUROVAULT_IMAGES = 300_000;

  private MicroBenchmarks() {}

  /** Runs the command: JMH, then the table, appended to the report file. */
  public static void run(List<String> arguments, PrintStream out) {
    Args args = Args.parse(arguments, OPTIONS);
    MicroSettings settings = MicroSettings.from(args);
    Report report = new Report("Micro-benchmarks (JMH)");
    Options options =
        new OptionsBuilder()
            .include("io\\.github\\.nvfetch\\.bench\\.(FilterBenchmark|PageParsingBenchmark)\\.")
            .forks(settings.forks())
            .warmupIterations(settings.warmups())
            .measurementIterations(settings.iterations())
            .warmupTime(TimeValue.seconds(settings.seconds()))
            .measurementTime(TimeValue.seconds(settings.seconds()))
            .shouldFailOnError(true)
            .build();
    Collection<RunResult> results;
    try {
      results = new Runner(options).run();
    } catch (RunnerException e) {
      throw new IllegalStateException("JMH failed: " + e.getMessage(), e);
    }
    report.setting(settings.describe());
    report.setting(
        "records: the first "
            + FilterBenchmark.RECORDS
            + " public image records of the replica's corpus"
            + " (seed 42); page: "
            + PageParsingBenchmark.RECORDS
            + " records, "
            + Fmt.count(PageParsingBenchmark.pageBytes())
            + " bytes of compact JSON");
    report.table(
        "Scores (ns per record; time for 300,000 records = NeuroVault's size, on one core)",
        table(results));
    ReportFile.publish(report.finish(), ReportFile.from(args), out);
  }

  private static TextTable table(Collection<RunResult> results) {
    TextTable table =
        new TextTable(
            List.of(
                "benchmark",
                "ns/record",
                "± (99.9%)",
                "million records/s",
                "300,000 records",
                "kept"));
    List<RunResult> sorted = new ArrayList<>(results);
    sorted.sort((a, b) -> a.getParams().getBenchmark().compareTo(b.getParams().getBenchmark()));
    for (RunResult run : sorted) {
      Result<?> score = run.getPrimaryResult();
      String name = run.getParams().getBenchmark();
      String method = name.substring(name.lastIndexOf('.') + 1);
      table.row(
          List.of(
              name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1),
              Fmt.num(score.getScore(), 1),
              Fmt.num(score.getScoreError(), 1),
              Fmt.num(1e3 / score.getScore(), 2),
              Fmt.num(score.getScore() * NEUROVAULT_IMAGES / 1e6, 1) + " ms",
              kept(method)));
    }
    return table;
  }

  private static String kept(String method) {
    Predicate<Metadata> filter =
        switch (method) {
          case "defaultTerms" -> SampleFilters.defaultTerms();
          case "complexFilter" -> SampleFilters.complex();
          default -> null;
        };
    if (filter == null) {
      return "-";
    }
    ImageMeta[] records = SampleRecords.images(FilterBenchmark.RECORDS);
    long kept = java.util.Arrays.stream(records).filter(filter).count();
    return kept + " of " + records.length;
  }
}
