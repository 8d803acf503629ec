package io.github.nvfetch.examples;

import io.github.nvfetch.testkit.CorpusSpec;
import io.github.nvfetch.testkit.junit.StoreContents;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * Runs an example's core method in an embedded environment and keeps what it printed.
 *
 * @param <T> what the example returns
 * @param result the example's return value
 * @param printed its output
 */
record ExampleRun<T>(T result, String printed) {

  static <T> ExampleRun<T> of(
      CorpusSpec corpus, Path dataDir, Function<ExampleEnvironment, T> example) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    try (ExampleEnvironment env = ExampleEnvironment.embedded(corpus, dataDir, out)) {
      T result = example.apply(env);
      return new ExampleRun<>(result, bytes.toString(StandardCharsets.UTF_8));
    }
  }

  /** Partial or temporary files under a directory. */
  static List<Path> leftovers(Path dir) {
    return StoreContents.leftovers(dir);
  }
}
