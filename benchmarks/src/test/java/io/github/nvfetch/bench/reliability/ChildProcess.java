package io.github.nvfetch.bench.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A main class of the test class path run in its own JVM, its standard output read line by line as
 * it comes (so that a test can wait for a line, never for a time), its standard error kept in a log
 * file.
 */
public final class ChildProcess implements AutoCloseable {

  private static final String END = "\u0000end of output";

  private final Process process;
  private final Path errorLog;
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final List<String> seen = new ArrayList<>();

  private ChildProcess(Process process, Path errorLog) {
    this.process = process;
    this.errorLog = errorLog;
    Thread reader = new Thread(this::pump, "child-stdout-" + process.pid());
    reader.setDaemon(true);
    reader.start();
  }

  /**
   * Starts {@code java -cp <this JVM's class path> <mainClass> <args>}.
   *
   * @param errorLog where the child's standard error goes
   */
  public static ChildProcess start(Class<?> mainClass, Path errorLog, String... args) {
    String java =
        ProcessHandle.current()
            .info()
            .command()
            .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    List<String> command =
        new ArrayList<>(
            List.of(
                java,
                "-Xmx256m",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp",
                System.getProperty("java.class.path"),
                mainClass.getName()));
    command.addAll(List.of(args));
    try {
      Files.createDirectories(errorLog.getParent());
      Process process =
          new ProcessBuilder(command)
              .redirectError(ProcessBuilder.Redirect.to(errorLog.toFile()))
              .start();
      process.getOutputStream().close();
      return new ChildProcess(process, errorLog);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + command, e);
    }
  }

  private void pump() {
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        lines.add(line);
      }
    } catch (IOException e) {
      // the process was killed: its output ends here
    } finally {
      lines.add(END);
    }
  }

  /**
   * The next line of standard output, waiting for it until {@code deadline} (a {@link
   * System#nanoTime()}); empty when the output ended or the deadline passed.
   */
  public Optional<String> nextLine(long deadline) {
    try {
      String line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      if (line == null || line.equals(END)) {
        if (line != null) {
          lines.add(END);
        }
        return Optional.empty();
      }
      seen.add(line);
      return Optional.of(line);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** Every line read so far. */
  public List<String> linesSoFar() {
    return List.copyOf(seen);
  }

  /** Kills the process with SIGKILL and waits for its end; returns its exit code. */
  public int kill(Duration timeout) {
    process.destroyForcibly();
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new AssertionError("process " + process.pid() + " still alive after SIGKILL");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
    return process.exitValue();
  }

  /** The child's standard error so far, for failure messages. */
  public String errorOutput() {
    try {
      return Files.exists(errorLog) ? Files.readString(errorLog) : "";
    } catch (IOException e) {
      return "(cannot read " + errorLog + ": " + e.getMessage() + ")";
    }
  }

  /** Kills the process if it still runs. */
  @Override
  public void close() {
    if (process.isAlive()) {
      kill(Duration.ofSeconds(30));
    }
  }
}
