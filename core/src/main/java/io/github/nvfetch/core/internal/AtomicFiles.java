package io.github.nvfetch.core.internal;

import io.github.nvfetch.core.store.StoreException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes whole files atomically: the bytes go to a hidden temporary file in the same directory, are
 * forced to disk, and the file is then renamed over the target. Readers see the old file or the new
 * one, never a partial one.
 */
public final class AtomicFiles {

  /** Suffix of the temporary files this class creates; stale ones may be deleted on sight. */
  public static final String TEMP_SUFFIX = ".nvtmp";

  private AtomicFiles() {}

  /** Atomically replaces {@code target} with {@code bytes}. */
  public static void write(Path target, byte[] bytes) {
    Path temp = tempFor(target);
    try {
      Files.createDirectories(target.toAbsolutePath().getParent());
      try (FileChannel channel =
          FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      move(temp, target);
    } catch (IOException e) {
      deleteQuietly(temp);
      throw new StoreException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }

  /** Something that writes a whole file's content to a stream. */
  @FunctionalInterface
  public interface ContentWriter {
    /** Writes the content. */
    void writeTo(OutputStream out) throws IOException;
  }

  /** Atomically replaces {@code target} with what {@code writer} streams, never all in memory. */
  public static void write(Path target, ContentWriter writer) {
    Path temp = tempFor(target);
    try {
      Files.createDirectories(target.toAbsolutePath().getParent());
      try (FileChannel channel =
              FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
          OutputStream out =
              new BufferedOutputStream(Channels.newOutputStream(channel), 64 * 1024)) {
        writer.writeTo(out);
        out.flush();
        channel.force(true);
      }
      move(temp, target);
    } catch (IOException e) {
      deleteQuietly(temp);
      throw new StoreException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }

  private static Path tempFor(Path target) {
    return target
        .toAbsolutePath()
        .resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + TEMP_SUFFIX);
  }

  /** Renames {@code source} over {@code target}, atomically where the file system allows it. */
  public static void move(Path source, Path target) throws IOException {
    try {
      Files.move(
          source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Deletes a file if it exists, ignoring failures (used on cleanup paths only). */
  public static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException ignored) {
      // best effort: the caller is already reporting a more relevant failure
    }
  }
}
