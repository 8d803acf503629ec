package io.github.nvfetch.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The flags that ask a harvest for an HTML report with glass-brain thumbnails. */
public final class ReportOptions {

  @Option(
      names = "--report",
      paramLabel = "FILE.html",
      description =
          "Also write an HTML report of the harvest (counts, charts, failures, a "
              + "glass-brain thumbnail per image); thumbnails go to FILE_files/ beside it and are "
              + "rendered while the images arrive.")
  Path report;

  @Option(
      names = "--report-inline",
      description = "Put the thumbnails inside the report file (data URIs), no folder.")
  boolean inline;

  /** Creates the options (picocli fills them). */
  public ReportOptions() {}

  /** Options asking for a report at a file (thumbnails in a folder beside it). */
  static ReportOptions at(Path file) {
    ReportOptions options = new ReportOptions();
    options.report = file;
    return options;
  }

  /** The report file, when asked for. */
  public Optional<Path> report() {
    return Optional.ofNullable(report);
  }

  /** Whether thumbnails are inlined. */
  public boolean inline() {
    return inline;
  }
}
