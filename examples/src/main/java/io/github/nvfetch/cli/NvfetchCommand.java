package io.github.nvfetch.cli;

import java.io.PrintWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code nvfetch} command line. Subcommands are listed in {@link #SUBCOMMANDS}: adding one is
 * one line. Bad flags print one line on stderr (with picocli's suggestions for a typo) and exit 2;
 * failures print one line and exit with a code of {@link ExitCodes}; stack traces only with {@code
 * --debug}.
 */
@Command(
    name = "nvfetch",
    mixinStandardHelpOptions = true,
    versionProvider = BuildVersion.class,
    description =
        "Harvest NeuroVault brain maps and Neurosynth words, or run a local replica of both services.")
public final class NvfetchCommand implements Callable<Integer> {

  /**
   * The subcommands by name, in the order the help lists them. picocli builds a subcommand's model
   * (reflection over its options, an instance for the defaults) when it is added, which costs a
   * cold JVM about 0.1 s for all of them: a run names one, and only that one is built.
   */
  static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

  private static final String NETTY_JFR = "io.netty.jfr.enabled";

  /** Subcommands that read the whole command tree: the help lists it, a completion script too. */
  private static final Set<String> WHOLE_TREE = Set.of("help", "completion");

  private static Map<String, Supplier<Object>> subcommands() {
    Map<String, Supplier<Object>> all = new LinkedHashMap<>();
    all.put("fetch", FetchCommand::new);
    all.put("ids", IdsCommand::new);
    all.put("demo", DemoCommand::new);
    all.put("report", ReportCommand::new);
    all.put("replica", ReplicaCommand::new);
    all.put("serve", ServeCommand::new);
    all.put("example", ExampleCommand::new);
    all.put("completion", CompletionCommand::new);
    all.put("help", CommandLine.HelpCommand::new);
    return Collections.unmodifiableMap(all);
  }

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
    withoutNettyFlightRecorderEvents();
    int status = commandLine(args).execute(args);
    EventLoops.stop();
    System.exit(status);
  }

  /**
   * The configured command line with every subcommand: case-insensitive enum values and one-line
   * error reports.
   *
   * @return a fresh command line
   */
  public static CommandLine commandLine() {
    return configured(SUBCOMMANDS.keySet());
  }

  /**
   * The command line for these arguments: when the first one names a subcommand that does not read
   * the whole tree, with that subcommand only (it parses, runs and reports errors the same);
   * otherwise with every subcommand (the root's help, a typo of a subcommand's name).
   *
   * @param args the arguments the command line will execute
   * @return a fresh command line
   */
  public static CommandLine commandLine(String... args) {
    if (args.length > 0 && SUBCOMMANDS.containsKey(args[0]) && !WHOLE_TREE.contains(args[0])) {
      return configured(Set.of(args[0]));
    }
    return commandLine();
  }

  /**
   * Netty registers its buffer allocation events with the JDK Flight Recorder on its first
   * allocation, which costs a cold JVM about 50 ms on the way to the first response. A command line
   * that is not being recorded has no use for them; {@code -Dio.netty.jfr.enabled=true} keeps them.
   */
  private static void withoutNettyFlightRecorderEvents() {
    if (System.getProperty(NETTY_JFR) == null) {
      System.setProperty(NETTY_JFR, "false");
    }
  }

  /**
   * Settings are applied after the subcommands are added: picocli applies them to those present.
   */
  private static CommandLine configured(Set<String> names) {
    CommandLine cl = new CommandLine(new NvfetchCommand());
    SUBCOMMANDS.forEach(
        (name, command) -> {
          if (names.contains(name)) {
            cl.addSubcommand(name, command.get());
          }
        });
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
