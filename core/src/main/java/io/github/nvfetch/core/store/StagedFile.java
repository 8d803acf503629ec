package io.github.nvfetch.core.store;

import io.github.nvfetch.core.internal.AtomicFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A file being written next to its final place as {@code <name>.part}. Bytes are appended with
 * {@link #write}; {@link #commit()} forces them to disk and renames the part file over the
 * target atomically; {@link #abort()} (or {@link #close()} before a commit) deletes it. The
 * target therefore only ever holds a complete file.
 *
 * <p>All methods block on file I/O: call them from a thread that may block. They are
 * synchronized, so an {@link #abort()} from another thread (a cancelled download) waits for a
 * write in progress and then deletes the part file.
 */
public final class StagedFile implements AutoCloseable {

  /** Suffix of the part files. */
  public static final String PART_SUFFIX = ".part";

  private final Path target;
  private final Path part;
  private final FileChannel channel;
  private long size;
  private boolean finished;

  private StagedFile(Path target, Path part, FileChannel channel) {
    this.target = target;
    this.part = part;
    this.channel = channel;
  }

  /**
   * Stages a file for {@code target} anywhere the caller chooses (the local store checks its
   * paths; this does not).
   */
  public static StagedFile forTarget(Path target) {
    return open(target.toAbsolutePath());
  }

  static StagedFile open(Path target) {
    Path part = target.resolveSibling(target.getFileName() + PART_SUFFIX);
    try {
      Files.createDirectories(target.getParent());
      FileChannel channel = FileChannel.open(part, StandardOpenOption.CREATE,
          StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
      return new StagedFile(target, part, channel);
    } catch (IOException e) {
      throw new StoreException("cannot create " + part + ": " + e.getMessage(), e);
    }
  }

  /** The final path the file gets on {@link #commit()}. */
  public Path target() {
    return target;
  }

  /** The {@code .part} path the bytes are written to until the commit. */
  public Path partPath() {
    return part;
  }

  /** Bytes written so far. */
  public synchronized long size() {
    return size;
  }

  /** Appends every remaining byte of {@code buffer}. */
  public synchronized void write(ByteBuffer buffer) {
    requireOpen();
    try {
      while (buffer.hasRemaining()) {
        size += channel.write(buffer);
      }
    } catch (IOException e) {
      abort();
      throw new StoreException("cannot write " + part + ": " + e.getMessage(), e);
    }
  }

  /** Forces the bytes to disk and closes the part file, leaving it in place (for checks). */
  public synchronized Path flush() {
    requireOpen();
    try {
      channel.force(true);
      channel.close();
      return part;
    } catch (IOException e) {
      abort();
      throw new StoreException("cannot flush " + part + ": " + e.getMessage(), e);
    }
  }

  /** Forces, closes and atomically moves the part file to {@link #target()}. */
  public synchronized Path commit() {
    if (channel.isOpen()) {
      flush();
    }
    requireNotFinished();
    try {
      AtomicFiles.move(part, target);
      finished = true;
      return target;
    } catch (IOException e) {
      abort();
      throw new StoreException("cannot move " + part + " to " + target + ": " + e.getMessage(),
          e);
    }
  }

  /** Closes and deletes the part file. Safe to call more than once. */
  public synchronized void abort() {
    if (finished) {
      return;
    }
    finished = true;
    try {
      channel.close();
    } catch (IOException ignored) {
      // deleting the part file below is what matters
    }
    AtomicFiles.deleteQuietly(part);
  }

  /** Aborts unless committed. */
  @Override
  public void close() {
    abort();
  }

  private void requireOpen() {
    requireNotFinished();
    if (!channel.isOpen()) {
      throw new IllegalStateException("staged file already flushed: " + part);
    }
  }

  private void requireNotFinished() {
    if (finished) {
      throw new IllegalStateException("staged file already committed or aborted: " + part);
    }
  }
}
