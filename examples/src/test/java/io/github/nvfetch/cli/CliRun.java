package io.github.nvfetch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** One in-process run of {@code nvfetch} through picocli, with stdout and stderr captured. */
record CliRun(int exitCode, String out, String err) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Runs the command line with these arguments, built for them as {@code main} builds it. */
  static CliRun of(String... args) {
    return on(NvfetchCommand.commandLine(args), args);
  }

  /** Runs this command line with these arguments. */
  static CliRun on(picocli.CommandLine cl, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** The lines of stdout. */
  List<String> outLines() {
    return out.lines().toList();
  }

  /** The last line of stdout, parsed as JSON. */
  JsonNode json() {
    List<String> lines = outLines();
    assertFalse(lines.isEmpty(), "no output; stderr: " + err);
    try {
      return JSON.readTree(lines.get(lines.size() - 1));
    } catch (IOException e) {
      throw new UncheckedIOException("last line is not JSON: " + out, e);
    }
  }

  /** Asserts the run failed with this code and exactly one line on stderr, without a trace. */
  CliRun assertOneLineFailure(int expectedCode) {
    assertEquals(expectedCode, exitCode, "exit code; stderr: " + err);
    assertEquals(1, err.lines().count(), "one line on stderr: " + err);
    assertFalse(err.contains("\tat "), "no stack trace: " + err);
    return this;
  }

  /** The ids of a JSON array member. */
  static List<Long> ids(JsonNode json, String member) {
    return java.util.stream.StreamSupport.stream(json.get(member).spliterator(), false)
        .map(JsonNode::asLong)
        .toList();
  }
}
