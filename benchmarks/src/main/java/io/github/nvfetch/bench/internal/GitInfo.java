package io.github.nvfetch.bench.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * The checkout the benchmarks run from: its root and commit, and whether tracked files were
 * modified.
 */
public final class GitInfo {

  private GitInfo() {}

  /** The nearest directory at or above the working directory that holds {@code .git}. */
  public static Optional<Path> root() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve(".git"))) {
        return Optional.of(dir);
      }
    }
    return Optional.empty();
  }

  /**
   * The short commit, followed by the top-level directories holding uncommitted changes to tracked
   * files (the build measured may include them), e.g. {@code 9f6e00a (uncommitted changes in:
   * reactor-adapter)}.
   */
  public static String describeCommit() {
    Optional<Path> root = root();
    if (root.isEmpty()) {
      return "unknown (not run from a git checkout)";
    }
    String commit = git(root.get(), "rev-parse", "--short", "HEAD").strip();
    TreeSet<String> dirty = new TreeSet<>();
    for (String line :
        git(root.get(), "status", "--porcelain", "--untracked-files=no").split("\n")) {
      if (line.length() > 3) {
        String path = line.substring(3).trim();
        dirty.add(path.contains("/") ? path.substring(0, path.indexOf('/')) : path);
      }
    }
    return commit.isEmpty()
        ? "unknown"
        : dirty.isEmpty()
            ? commit
            : commit + " (uncommitted changes in: " + String.join(", ", dirty) + ")";
  }

  private static String git(Path dir, String... args) {
    List<String> command = new java.util.ArrayList<>(List.of("git", "-C", dir.toString()));
    command.addAll(List.of(args));
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0 ? out : "";
    } catch (IOException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }
}
