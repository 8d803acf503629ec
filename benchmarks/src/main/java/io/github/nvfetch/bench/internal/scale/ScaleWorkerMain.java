package io.github.nvfetch.bench.internal.scale;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.nvfetch.bench.internal.Args;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;

/**
 * The main class of the scale benchmark's worker JVM (started with a small {@code -Xmx}): runs one
 * {@link ScaleRun} and prints {@code RESULT <json>} on standard output.
 */
public final class ScaleWorkerMain {

  /** The prefix of the result line. */
  public static final String RESULT = "RESULT ";

  /** The worker's options. */
  public static final Set<String> OPTIONS =
      Set.of("mode", "base-url", "data-dir", "downloads", "rate");

  private ScaleWorkerMain() {}

  /** Runs the worker. */
  public static void main(String[] args) throws Exception {
    Args a = Args.parse(Arrays.asList(args), OPTIONS);
    ScaleFigures figures =
        ScaleRun.run(
            a.string("mode", "stream"),
            a.string("base-url", ""),
            Path.of(a.string("data-dir", ".")),
            a.positiveInt("downloads", 8),
            a.positiveDouble("rate", 10_000));
    System.out.println(RESULT + new ObjectMapper().writeValueAsString(figures));
    System.out.flush();
    System.exit(0);
  }
}
