package io.github.nvfetch.bench.internal.scale;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.nvfetch.bench.internal.process.JavaLauncher;
import io.github.nvfetch.bench.internal.process.ReplicaLaunch;
import io.github.nvfetch.bench.internal.process.ReplicaProcess;
import io.github.nvfetch.testkit.Corpus;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Runs one scale run end to end: a replica child process, then a worker JVM with the chosen {@code
 * -Xmx} that harvests it ({@link ScaleWorkerMain}); returns the worker's figures with the replica's
 * CPU time.
 */
public final class ScaleWorkerProcess {

  private ScaleWorkerProcess() {}

  /**
   * Runs a mode against a fresh replica.
   *
   * @throws IllegalStateException when the worker prints no result (it failed; its error output is
   *     on ours)
   */
  public static ScaleOutcome run(
      String mode, ReplicaLaunch replica, ScaleSettings settings, Path dataDir) {
    Corpus corpus = Corpus.generate(replica.spec());
    try (ReplicaProcess server = ReplicaProcess.start(replica, List.of(), Duration.ofMinutes(2))) {
      double cpuBefore = server.cpuSeconds();
      List<String> command =
          JavaLauncher.command(
              List.of("-Xmx" + settings.heap()),
              ScaleWorkerMain.class,
              List.of(
                  "--mode",
                  mode,
                  "--base-url",
                  server.baseUrl(),
                  "--data-dir",
                  dataDir.toString(),
                  "--downloads",
                  Integer.toString(settings.downloads()),
                  "--rate",
                  Double.toString(settings.rate())));
      Process worker =
          new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      ScaleFigures figures = readResult(worker);
      int exit = worker.waitFor();
      return new ScaleOutcome(
          figures,
          corpus.imageCount(),
          corpus.collectionCount(),
          server.cpuSeconds() - cpuBefore,
          exit);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run the scale worker", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static ScaleFigures readResult(Process worker) throws IOException {
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(worker.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith(ScaleWorkerMain.RESULT)) {
          return new ObjectMapper()
              .readValue(line.substring(ScaleWorkerMain.RESULT.length()), ScaleFigures.class);
        }
      }
    }
    throw new IllegalStateException(
        "the scale worker printed no result (exit "
            + waitQuietly(worker)
            + "); see its error output above");
  }

  private static int waitQuietly(Process worker) {
    try {
      return worker.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }
}
