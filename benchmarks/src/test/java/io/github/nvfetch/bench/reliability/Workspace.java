package io.github.nvfetch.bench.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A temporary root for one test: the harvest's data directory two levels down (so that a path
 * climbing out of it with {@code ../..} still lands inside the root), surrounded by canary files a
 * harvest must never touch: a sibling directory, files next to the data directory, and decoys named
 * like store files.
 */
public final class Workspace {

  private final Path root;
  private final Path dataDir;
  private final TreeSnapshot outsideAtStart;

  private Workspace(Path root) {
    this.root = root;
    this.dataDir = root.resolve("nest").resolve("deeper").resolve("data");
    try {
      Files.createDirectories(dataDir);
      write(root.resolve("canary").resolve("untouched.txt"), "canary");
      write(root.resolve("canary").resolve("image_1.nii.gz"), "decoy named like an image");
      write(root.resolve("nest").resolve("canary-sibling").resolve("passwd"), "root:x:0:0");
      write(root.resolve("nest").resolve("deeper").resolve("evil"), "decoy at ../evil");
      write(root.resolve("nest").resolve("deeper").resolve("neurovault.txt"), "next to data");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.outsideAtStart = TreeSnapshot.of(root, dataDir);
  }

  /** Lays out a workspace in an empty temporary directory. */
  public static Workspace in(Path tempDir) {
    return new Workspace(tempDir);
  }

  /** The data directory harvests write to (it exists and is empty at first). */
  public Path dataDir() {
    return dataDir;
  }

  /** The temporary root. */
  public Path root() {
    return root;
  }

  /** Asserts nothing under the root but outside the data directory changed since the start. */
  public void assertNothingChangedOutsideDataDir() {
    assertEquals(
        outsideAtStart,
        TreeSnapshot.of(root, dataDir),
        "files outside the data directory were created, changed or deleted");
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
