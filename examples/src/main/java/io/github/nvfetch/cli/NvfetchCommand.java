package io.github.nvfetch.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code nvfetch} command line. Subcommands are listed in the {@link Command} annotation below:
 * adding one is one line. Bad flags print one line on stderr (with picocli's suggestions for a
 * typo) and exit 2; failures print one line and exit with a code of {@link ExitCodes}; stack traces
 * only with {@code --debug}.
 */
@Command(
    name = "nvfetch",
    mixinStandardHelpOptions = true,
    versionProvider = BuildVersion.class,
    description =
        "Harvest NeuroVault brain maps and Neurosynth words, or run a local replica of both services.",
    subcommands = {
      FetchCommand.class,
      IdsCommand.class,
      DemoCommand.class,
      ReportCommand.class,
      ReplicaCommand.class,
      ServeCommand.class,
      ExampleCommand.class,
      CompletionCommand.class,
      CommandLine.HelpCommand.class
    })
public final class NvfetchCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  /** Creates the command (picocli instantiates it). */
  public NvfetchCommand() {}

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    LogLevels.configure(args);
    int status = commandLine().execute(args);
    EventLoops.stop();
    System.exit(status);
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
    cl.getErr()
        .println(name + ": " + e.getMessage() + suggestion(e) + " (see '" + name + " --help')");
    cl.getErr().flush();
    return 2;
  }

  private static String suggestion(CommandLine.ParameterException e) {
    if (e instanceof CommandLine.UnmatchedArgumentException unmatched
        && !unmatched.getSuggestions().isEmpty()) {
      List<String> typed = unmatched.getUnmatched();
      List<String> close =
          typed.isEmpty()
              ? unmatched.getSuggestions()
              : closest(typed.get(0), unmatched.getSuggestions());
      return "; did you mean " + String.join(" or ", close) + "?";
    }
    return "";
  }

  /**
   * picocli suggests any name sharing letters ("fetsh": fetch or completion): keep the nearest by
   * edit distance.
   */
  private static List<String> closest(String typed, List<String> suggestions) {
    int best = suggestions.stream().mapToInt(s -> editDistance(typed, s)).min().orElse(0);
    return suggestions.stream().filter(s -> editDistance(typed, s) == best).toList();
  }

  private static int editDistance(String a, String b) {
    int[] row = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      row[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int diagonal = row[0];
      row[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int above = row[j];
        int substitution = diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1), substitution);
        diagonal = above;
      }
    }
    return row[b.length()];
  }

  private static int failed(
      Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
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
