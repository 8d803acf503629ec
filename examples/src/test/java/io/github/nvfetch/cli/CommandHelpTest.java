package io.github.nvfetch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;

/** The help of every command shows labels and defaults; the version comes from the build. */
class CommandHelpTest {

  @Test
  void replicaHelpShowsReadableLabelsAndDefaults() {
    CliRun run = CliRun.of("replica", "--help");

    assertEquals(0, run.exitCode(), run.err());
    for (String expected :
        List.of(
            "--port=PORT",
            "--seed=N",
            "Corpus seed (default: 42)",
            "--profile=PROFILE",
            "(default: none)",
            "--latency-scale=X",
            "(default: 1)",
            "--private-rate=FRACTION",
            "(default: 0.03)",
            "--link-scheme=SCHEME",
            "--token=KEY",
            "--fault-seed=N")) {
      assertTrue(run.out().contains(expected), expected + " in " + run.out());
    }
    assertFalse(run.out().contains("=<"), "no picocli field labels like <seed>: " + run.out());
    assertTrue(run.out().lines().allMatch(line -> line.length() <= 80), run.out());
  }

  @Test
  void fetchAndIdsHelpListTheExitCodes() {
    for (String command : List.of("fetch", "ids")) {
      String help = CliRun.of(command, "--help").out().replaceAll("\\s+", " ");
      assertTrue(help.contains("4 nothing fetched and something failed"), help);
      assertTrue(help.contains("130 interrupted"), help);
    }
  }

  @Test
  void versionComesFromTheBuild() {
    CliRun run = CliRun.of("--version");

    assertEquals(0, run.exitCode(), run.err());
    String version = BuildVersion.version();
    assertTrue(version.matches("[0-9]+\\.[0-9]+\\.[0-9]+.*"), version);
    assertEquals("nvfetch " + version, run.outLines().get(0));
    assertEquals(
        0,
        NvfetchCommand.class.getAnnotation(Command.class).version().length,
        "no version string in the annotation");
  }
}
