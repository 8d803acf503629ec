package io.github.nvfetch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code nvfetch completion bash} prints picocli's bash completion script of the whole command
 * tree.
 */
class CompletionCommandTest {

  @Test
  void bashScriptCompletesEverySubcommandAndTheirOptions() {
    StringWriter out = new StringWriter();
    CommandLine cl = NvfetchCommand.commandLine();
    cl.setOut(new PrintWriter(out));
    assertEquals(0, cl.execute("completion", "bash"));
    String script = out.toString();
    assertTrue(script.startsWith("#!/usr/bin/env bash"), script.lines().findFirst().orElse(""));
    assertTrue(
        script.contains("complete -F _complete_nvfetch"), "registers the completion function");
    for (String sub :
        new String[] {"fetch", "ids", "demo", "replica", "example", "completion", "help"}) {
      assertTrue(script.contains("_picocli_nvfetch_" + sub + "()"), "a function for " + sub);
    }
    assertTrue(script.contains("--volumes"), "subcommand options");
  }

  @Test
  void anUnknownShellIsABadArgument() {
    StringWriter err = new StringWriter();
    CommandLine cl = NvfetchCommand.commandLine();
    cl.setErr(new PrintWriter(err));
    assertEquals(2, cl.execute("completion", "tcsh"));
    assertTrue(err.toString().startsWith("nvfetch completion: "), err.toString());
    assertTrue(err.toString().contains("expected one of [BASH]"), err.toString());
  }
}
