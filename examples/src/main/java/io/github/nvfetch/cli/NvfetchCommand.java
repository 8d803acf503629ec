package io.github.nvfetch.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code nvfetch} command line. Subcommands are listed in the {@link Command} annotation below: adding one is
 * one line. Bad flags print one line on stderr and exit 2; failures print one line and exit 1; no stack traces.
 */
@Command(name = "nvfetch", mixinStandardHelpOptions = true, version = "nvfetch 0.1.0-SNAPSHOT",
    description = "Harvest NeuroVault brain maps and Neurosynth words, or run a local replica of both services.",
    subcommands = {
        ReplicaCommand.class,
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
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }
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
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println(commandLine.getCommandSpec().qualifiedName() + ": " + message(e));
      commandLine.getErr().flush();
      return 1;
    });
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
    cl.getErr().println(name + ": " + e.getMessage() + " (see '" + name + " --help')");
    cl.getErr().flush();
    return 2;
  }

  private static String message(Throwable e) {
    Throwable t = e;
    while ((t.getMessage() == null || t instanceof java.lang.reflect.InvocationTargetException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
