package io.github.nvfetch.cli;

import io.github.nvfetch.core.Mode;
import io.github.nvfetch.core.NeuroVaultDataset;
import io.github.nvfetch.reactor.NeuroVaultClient;
import io.github.nvfetch.reactor.NeuroVaultClientBuilder;
import io.github.nvfetch.reactor.ProgressTracker;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Runs a harvest for a command and shows it: checks the data directory, shows progress while it
 * runs, then writes the exports and prints the human summary or the {@code --json} line.
 */
public final class HarvestSession {

  private final PrintWriter out;
  private final PrintWriter err;
  private final OutputOptions output;
  private final boolean terminal;

  /**
   * Creates a session.
   *
   * @param out standard output of the command
   * @param err standard error of the command
   * @param output the output flags
   * @param terminal whether stdout is an interactive terminal (progress bar or plain lines)
   */
  public HarvestSession(PrintWriter out, PrintWriter err, OutputOptions output, boolean terminal) {
    this.out = out;
    this.err = err;
    this.output = output;
    this.terminal = terminal;
  }

  /** Whether stdout of this process is an interactive terminal. */
  public static boolean stdoutIsTerminal() {
    return System.console() != null;
  }

  /**
   * Runs a harvest to its end, showing progress, and prints its summary.
   *
   * @param job the harvest
   * @param client the client settings (the session builds and closes the client)
   * @return the result
   * @throws CliException for a data directory or an export that cannot be written; the SDK's
   *     exceptions (HarvestAbortedException, ...) pass through, for {@link Failures} to report
   */
  public HarvestReport run(HarvestJob job, NeuroVaultClientBuilder client) {
    List<Export> exports = output.exports();
    if (job.mode() != Mode.OFFLINE) {
      DataDirCheck.requireWritable(job.dataDir());
    }
    job.warnings().forEach(warning -> err.println("warning: " + warning));
    err.flush();
    HarvestReport report = harvest(job, client);
    exports.forEach(export -> write(export, report.dataset()));
    present(report, job.byIds(), exports);
    return report;
  }

  private HarvestReport harvest(HarvestJob job, NeuroVaultClientBuilder builder) {
    ProgressTracker progress = ProgressTracker.of(job.maxImages());
    CollectionFailures failedCollections = new CollectionFailures();
    long start = System.nanoTime();
    NeuroVaultDataset dataset;
    NeuroVaultClient client = builder.build();
    try (ProgressDisplay display = ProgressDisplay.open(progress, output, out, terminal)) {
      try {
        dataset = Objects.requireNonNull(job.runner().apply(client, progress.andThen(failedCollections)).block());
      } finally {
        client.close(); // delivers the events still queued, before the display's last update
      }
    }
    return new HarvestReport(dataset, Duration.ofNanos(System.nanoTime() - start),
        progress.snapshot(), failedCollections.list(), job.dataDir(), job.wordsRequested());
  }

  private static void write(Export export, NeuroVaultDataset dataset) {
    try {
      export.write(dataset);
    } catch (RuntimeException e) {
      throw new CliException(ExitCodes.STORAGE, "cannot write " + export.file() + ": "
          + Failures.describe(e), e);
    }
  }

  private void present(HarvestReport report, boolean byIds, List<Export> exports) {
    if (output.json()) {
      out.println(JsonSummary.line(report, byIds));
      out.flush();
    } else if (!output.quiet()) {
      SummaryRenderer.print(report, out);
      for (Export export : exports) {
        out.println("Wrote " + export.file().toAbsolutePath() + " (" + export.table().name()
            .toLowerCase(Locale.ROOT) + " metadata, " + export.format().name()
            .toLowerCase(Locale.ROOT) + ")");
      }
      out.flush();
    }
  }
}
