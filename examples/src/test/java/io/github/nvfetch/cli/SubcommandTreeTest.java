package io.github.nvfetch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * A run builds only the subcommand it names, and behaves exactly as with the whole tree: same
 * output, same errors, same exit code.
 */
class SubcommandTreeTest {

  @Test
  void eachNameIsTheNameItsCommandDeclares() {
    NvfetchCommand.SUBCOMMANDS.forEach(
        (name, command) ->
            assertEquals(name, CommandSpec.forAnnotatedObject(command.get()).name(), name));
    assertEquals(
        List.copyOf(NvfetchCommand.SUBCOMMANDS.keySet()),
        List.copyOf(NvfetchCommand.commandLine().getSubcommands().keySet()));
  }

  @Test
  void aNamedSubcommandIsBuiltAloneAndTheRestGetTheWholeTree() {
    assertEquals(Set.of("fetch"), subcommands("fetch", "--max-images", "3"));
    assertEquals(Set.of("replica"), subcommands("replica", "--help"));
    Set<String> all = NvfetchCommand.SUBCOMMANDS.keySet();
    assertEquals(all, subcommands("help", "fetch"));
    assertEquals(all, subcommands("completion"));
    assertEquals(all, subcommands("--version"));
    assertEquals(all, subcommands("fetsh"));
    assertEquals(all, subcommands());
  }

  static Stream<Arguments> runs() {
    return Stream.of(
        Arguments.of((Object) new String[] {"fetch", "--help"}),
        Arguments.of((Object) new String[] {"fetch", "--max-imags", "3"}),
        Arguments.of((Object) new String[] {"fetch", "--mode", "sometimes"}),
        Arguments.of((Object) new String[] {"ids", "--help"}),
        Arguments.of((Object) new String[] {"ids"}),
        Arguments.of((Object) new String[] {"report", "--bogus"}),
        Arguments.of((Object) new String[] {"replica", "--seed", "x"}),
        Arguments.of((Object) new String[] {"example", "--help"}),
        Arguments.of((Object) new String[] {"fetsh"}),
        Arguments.of((Object) new String[] {"help", "ids"}));
  }

  @ParameterizedTest
  @MethodSource("runs")
  void aRunOnItsOwnSubcommandMatchesTheRunOnTheWholeTree(String[] args) {
    CliRun alone = CliRun.of(args);
    CliRun whole = CliRun.on(NvfetchCommand.commandLine(), args);

    assertEquals(whole, alone);
  }

  private static Set<String> subcommands(String... args) {
    CommandLine cl = NvfetchCommand.commandLine(args);
    return cl.getSubcommands().keySet();
  }
}
