package io.github.nvfetch.bench.internal.startup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A harvest in a child process: the command is built for each data directory; its output goes to a
 * log file in the data directory's parent, kept only when the process fails.
 */
public final class ChildLauncher implements HarvestLauncher {

  private static final long TIMEOUT_MINUTES = 30;

  private final String name;
  private final String description;
  private final Function<Path, List<String>> command;
  private final Map<String, String> environment;

  /** Creates a launcher of {@code command(dataDir)} with extra environment variables. */
  public ChildLauncher(
      String name,
      String description,
      Function<Path, List<String>> command,
      Map<String, String> environment) {
    this.name = name;
    this.description = description;
    this.command = command;
    this.environment = Map.copyOf(environment);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public boolean includesStartup() {
    return true;
  }

  @Override
  public LaunchedRun run(Path dataDir) {
    List<String> cmd = new ArrayList<>(command.apply(dataDir));
    Path log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    try {
      Instant launch = Instant.now();
      Process process = builder.start();
      if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException(
            name + " did not finish in " + TIMEOUT_MINUTES + " minutes: " + cmd);
      }
      Instant end = Instant.now();
      int exit = process.exitValue();
      if (exit != 0) {
        System.err.println(name + " exited " + exit + "; its output:\n" + Files.readString(log));
      }
      return new LaunchedRun(launch, end, exit);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + cmd, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } finally {
      try {
        Files.deleteIfExists(log);
      } catch (IOException ignored) {
        // a scratch file in the temp directory
      }
    }
  }
}
