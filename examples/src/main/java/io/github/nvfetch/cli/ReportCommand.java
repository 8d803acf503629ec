package io.github.nvfetch.cli;

import io.github.nvfetch.core.store.LocalStore;
import io.github.nvfetch.report.HarvestReport;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code nvfetch report}: the HTML report of what a data directory holds, offline. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Write an HTML report of the images stored in a data directory (offline: "
          + "no request is sent): counts, charts, missing files, a glass-brain thumbnail per "
          + "image."
    },
    footer = {
      "",
      "Examples:",
      "  nvfetch report --data-dir nvfetch-data --out report.html",
      "  nvfetch report --data-dir nvfetch-data --request request.json --out report.html",
      "",
      "Exit codes: 0 written, 2 bad input (no store in DIR, unreadable request file), "
          + "3 report not writable."
    })
public final class ReportCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      required = true,
      description = "The data directory (its images are in DIR/neurovault).")
  private Path dataDir;

  @Option(
      names = "--request",
      paramLabel = "FILE",
      description =
          "The request that filled the directory (e.g. a JSON request file), shown " + "as it is.")
  private Path requestFile;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "FILE.html",
      required = true,
      description = "The report to write; thumbnails go to FILE_files/ beside it.")
  private Path out;

  @Option(
      names = "--inline",
      description = "Put the thumbnails inside the report file (data URIs), no folder.")
  private boolean inline;

  /** Creates the command (picocli instantiates it). */
  public ReportCommand() {}

  /** Writes the report. */
  @Override
  public Integer call() {
    Path store = LocalStore.at(dataDir).root();
    if (!Files.isDirectory(store)) {
      throw new CliException(
          ExitCodes.BAD_INPUT,
          "no store in " + dataDir.toAbsolutePath() + " (expected the folder " + store + ")");
    }
    if (requestFile != null && !Files.isReadable(requestFile)) {
      throw new CliException(ExitCodes.BAD_INPUT, "cannot read the request file " + requestFile);
    }
    HarvestReport.Builder report =
        HarvestReport.ofDataDir(dataDir)
            .inlineThumbnails(inline)
            .request(ReportRun.requestLines("", Optional.ofNullable(requestFile)));
    Path written = ReportRun.writeOrFail(report, out);
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println("Wrote report " + written);
    stdout.flush();
    return ExitCodes.OK;
  }
}
