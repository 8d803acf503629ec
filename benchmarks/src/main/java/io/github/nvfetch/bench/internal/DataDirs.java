package io.github.nvfetch.bench.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** Fresh scratch directories for harvests, and their removal. */
public final class DataDirs {

  private DataDirs() {}

  /**
   * A new empty directory below {@code parent} (the system temporary directory when null).
   *
   * @throws UncheckedIOException when it cannot be created
   */
  public static Path fresh(Path parent, String prefix) {
    try {
      if (parent == null) {
        return Files.createTempDirectory(prefix);
      }
      Files.createDirectories(parent);
      return Files.createTempDirectory(parent, prefix);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a scratch directory below " + parent, e);
    }
  }

  /** Total size in bytes of the regular files below a directory. */
  public static long size(Path dir) {
    try (var files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(DataDirs::sizeOf).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Deletes a directory tree; missing files are ignored and errors reported on stderr, never
   * thrown.
   */
  public static void delete(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try {
      Files.walkFileTree(
          dir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              Files.deleteIfExists(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
              Files.deleteIfExists(d);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      System.err.println("warning: could not delete " + dir + ": " + e.getMessage());
    }
  }
}
