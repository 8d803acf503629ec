package io.github.nvfetch.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What {@code fetch} and {@code ids} share: the store, client and output flags, and running a
 * harvest in a {@link HarvestSession}. Subcommands add their selection flags and build the job.
 */
public abstract class HarvestCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  /** The request file, data directory, mode and Neurosynth flags. */
  @ArgGroup(validate = false, heading = "%nRequest and storage:%n", order = 2)
  protected StoreOptions store = new StoreOptions();

  /** The client flags. */
  @ArgGroup(validate = false, heading = "%nConnection:%n", order = 3)
  protected ClientOptions client = new ClientOptions();

  /** The output flags. */
  @ArgGroup(validate = false, heading = "%nOutput:%n", order = 4)
  protected OutputOptions output = new OutputOptions();

  /** The report flags. */
  @ArgGroup(validate = false, heading = "%nReport:%n", order = 5)
  protected ReportOptions report = new ReportOptions();

  /** Creates the command (picocli instantiates subclasses). */
  protected HarvestCommand() {}

  /** The harvest this command runs, from its flags. */
  protected abstract HarvestJob job();

  /**
   * Runs the harvest and prints its summary.
   *
   * @return {@link ExitCodes#OK}, or {@link ExitCodes#NOTHING_FETCHED} when nothing was fetched and
   *     something failed
   */
  @Override
  public final Integer call() {
    try (ReportRun run = ReportRun.start(report)) {
      HarvestReport[] result = new HarvestReport[1];
      int code =
          new HarvestSession(
                  spec.commandLine().getOut(),
                  spec.commandLine().getErr(),
                  output,
                  HarvestSession.stdoutIsTerminal())
              .neurosynthUrl(client.neurosynthUrl)
              .execute(() -> run.wrap(job()), client::toBuilder, done -> result[0] = done);
      run.write(
          result[0],
          ReportRun.shellLine("nvfetch", spec.commandLine().getParseResult().originalArgs()),
          store.requestFile(),
          output.humanOnStdout() ? spec.commandLine().getOut() : null);
      return code;
    }
  }
}
