package io.github.nvfetch.cli;

import io.github.nvfetch.examples.Example;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** {@code nvfetch example <name> [--base-url URL] [--data-dir DIR]}: runs one of the examples. */
@Command(
    name = "example",
    mixinStandardHelpOptions = true,
    description = {
      "Run one of the SDK's examples (package io.github.nvfetch.examples), against an "
          + "embedded replica, or against NeuroVault with --base-url URL.",
      "Without a name: list them."
    })
public final class ExampleCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "The example.")
  private String name;

  @Unmatched private List<String> exampleArgs = new ArrayList<>();

  /** Creates the command (picocli instantiates it). */
  public ExampleCommand() {}

  /** Runs the example, or lists them. */
  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (name == null) {
      out.println("Examples (run: nvfetch example NAME [--base-url URL] [--data-dir DIR]):");
      for (Example example : Example.values()) {
        out.println(
            String.format(Locale.ROOT, "  %-13s %s", example.exampleName(), example.description()));
      }
      out.flush();
      return ExitCodes.OK;
    }
    Example example =
        Example.named(name)
            .orElseThrow(
                () ->
                    new CliException(
                        ExitCodes.BAD_INPUT,
                        "no example named '" + name + "' (see 'nvfetch example')"));
    example.run(exampleArgs.toArray(String[]::new));
    return ExitCodes.OK;
  }
}
