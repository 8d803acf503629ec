package io.github.nvfetch.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code nvfetch} command line. Subcommands are listed in the {@link Command} annotation below: adding one is
 * one line. Bad flags print one line on stderr (with picocli's suggestions for a typo) and exit 2; failures print
 * one line and exit with a code of {@link ExitCodes}; stack traces only with {@code --debug}.
 */
@Command(name = "nvfetch", mixinStandardHelpOptions = true, version = "nvfetch 0.1.0-SNAPSHOT",
    description = "Harvest NeuroVault brain maps and Neurosynth words, or run a local replica of both services.",
    subcommands = {
        FetchCommand.class,
        IdsCommand.class,
        DemoCommand.class,
        ReportCommand.class,
        ReplicaCommand.class,
        ExampleCommand.class,
        CommandLine.HelpCommand.class
    })
public final class NvfetchCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  /** Creates the command (picocli instantiates it). */
  public NvfetchCommand() {
  }

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    LogLevels.configure(args);
    System.exit(commandLine().execute(args));
  }

  /**
   * The configured command line: case-insensitive enum values and one-line error reports.
   *
   * @return a fresh command line
   */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new NvfetchCommand());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler(NvfetchCommand::badArguments);
    cl.setExecutionExceptionHandler(NvfetchCommand::failed);
    return cl;
  }

  /** Without a subcommand: prints the usage on stderr and fails. */
  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    err.println("nvfetch: missing subcommand (see 'nvfetch --help')");
    err.flush();
    return 2;
  }

  private static int badArguments(CommandLine.ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    String name = cl.getCommandSpec().qualifiedName();
    cl.getErr().println(name + ": " + e.getMessage() + suggestion(e) + " (see '" + name + " --help')");
    cl.getErr().flush();
    return 2;
  }

  private static String suggestion(CommandLine.ParameterException e) {
    if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
      return "; did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?";
    }
    return "";
  }

  private static int failed(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    String name = commandLine.getCommandSpec().qualifiedName();
    if (debugRequested(parseResult)) {
      e.printStackTrace(err);
    }
    err.println(name + ": " + Failures.message(e));
    err.flush();
    return Failures.exitCode(e);
  }

  private static boolean debugRequested(CommandLine.ParseResult parseResult) {
    CommandLine.ParseResult last = parseResult;
    while (last.hasSubcommand()) {
      last = last.subcommand();
    }
    return last.hasMatchedOption("--debug");
  }
}
