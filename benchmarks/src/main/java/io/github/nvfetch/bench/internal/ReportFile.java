package io.github.nvfetch.bench.internal;

import java.nio.file.Path;
import java.util.Optional;

/** Where a program appends its figures: {@code --report FILE}, none with {@code --no-report}. */
public final class ReportFile {

  /** The option names this class reads. */
  public static final java.util.Set<String> OPTIONS = java.util.Set.of("report", "no-report");

  private ReportFile() {}

  /** A program's own option names plus {@link #OPTIONS}. */
  public static java.util.Set<String> withReportOptions(java.util.Set<String> own) {
    java.util.Set<String> all = new java.util.HashSet<>(own);
    all.addAll(OPTIONS);
    return java.util.Set.copyOf(all);
  }

  /**
   * The file to append to: {@code --report}, else {@code docs/BENCHMARKS.md} of the checkout (or of
   * the cwd).
   */
  public static Optional<Path> from(Args args) {
    if (args.flag("no-report")) {
      return Optional.empty();
    }
    if (args.has("report")) {
      return Optional.of(Path.of(args.string("report", "")).toAbsolutePath());
    }
    return Optional.of(
        GitInfo.root().orElse(Path.of("").toAbsolutePath()).resolve("docs/BENCHMARKS.md"));
  }

  /** Prints the report and appends it when a file is given, saying where. */
  public static void publish(Report report, Optional<Path> file, java.io.PrintStream out) {
    report.print(out);
    file.ifPresent(
        f -> {
          report.appendTo(f);
          out.println();
          out.println("figures appended to " + f);
        });
  }
}
