package io.github.nvfetch.core.store;

import io.github.nvfetch.core.internal.AtomicFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A file being written next to its final place as {@code <name>.<attempt>.part}, a name unique to
 * this staged file (two attempts at the same target, in one process or two, never share a part
 * file). Bytes are appended with {@link #write}; {@link #commit()} forces them to disk and renames
 * the part file over the target atomically; {@link #abort()} (or {@link #close()} before a commit)
 * deletes it. The target therefore only ever holds a complete file.
 *
 * <p>Creating a staged file does no I/O: the target is resolved (and checked) and the part file
 * created on the first {@link #write} or {@link #flush()}. Every other method may block on file
 * I/O. Methods are synchronized, so an {@link #abort()} from another thread (a cancelled download)
 * waits for a write in progress, then deletes the part file; a write after an abort fails with
 * {@link IllegalStateException}. An abort only ever deletes its own part file.
 */
public final class StagedFile implements AutoCloseable {

  /** Suffix of the part files. */
  public static final String PART_SUFFIX = ".part";

  private final Supplier<Path> targetResolver;
  private final String attempt =
      Long.toHexString(ThreadLocalRandom.current().nextLong() | Long.MIN_VALUE);
  private @Nullable Path target;
  private @Nullable FileChannel channel;
  private @Nullable Object fileKey;
  private long size;
  private boolean flushed;
  private boolean finished;
  private boolean committed;

  private StagedFile(Supplier<Path> targetResolver) {
    this.targetResolver = targetResolver;
  }

  /**
   * Stages a file for {@code target} anywhere the caller chooses (the local store checks its paths;
   * this does not).
   */
  public static StagedFile forTarget(Path target) {
    Objects.requireNonNull(target, "target");
    return new StagedFile(target::toAbsolutePath);
  }

  static StagedFile resolvedLater(Supplier<Path> targetResolver) {
    return new StagedFile(targetResolver);
  }

  /** The final path the file gets on {@link #commit()} (resolved on first use). */
  public synchronized Path target() {
    if (target == null) {
      target = targetResolver.get();
    }
    return target;
  }

  /** The {@code .part} path, unique to this staged file, the bytes go to until the commit. */
  public synchronized Path partPath() {
    return target().resolveSibling(target().getFileName() + "." + attempt + PART_SUFFIX);
  }

  /** Bytes written so far. */
  public synchronized long size() {
    return size;
  }

  /** Appends every remaining byte of {@code buffer}. */
  public synchronized void write(ByteBuffer buffer) {
    FileChannel open = requireWritable();
    try {
      while (buffer.hasRemaining()) {
        size += open.write(buffer);
      }
    } catch (IOException e) {
      abort();
      throw new StoreException("cannot write " + partPath() + ": " + e.getMessage(), e);
    }
  }

  /** Forces the bytes to disk and closes the part file, leaving it in place (for checks). */
  public synchronized Path flush() {
    FileChannel open = requireWritable();
    try {
      open.force(true);
      open.close();
      flushed = true;
      return partPath();
    } catch (IOException e) {
      abort();
      throw new StoreException("cannot flush " + partPath() + ": " + e.getMessage(), e);
    }
  }

  /** Forces, closes and atomically moves the part file to {@link #target()}. */
  public synchronized Path commit() {
    if (!flushed) {
      flush();
    }
    requireNotFinished();
    try {
      AtomicFiles.move(partPath(), target());
      finished = true;
      committed = true;
      return target();
    } catch (IOException e) {
      abort();
      throw new StoreException(
          "cannot move " + partPath() + " to " + target() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Commits, then runs {@code andThen} (e.g. writing the metadata that goes with the file) while
   * still holding this file's lock, so that a concurrent {@link #abort()} waits for both.
   *
   * @return what {@code andThen} returns
   */
  public synchronized <T> T commitThen(Function<Path, T> andThen) {
    return andThen.apply(commit());
  }

  /**
   * Runs {@code reader} on this file's bytes as they are now, holding its lock so that they neither
   * move nor vanish meanwhile: on the part file once flushed, on {@link #target()} once committed.
   *
   * @return what {@code reader} returns; empty if the file is not flushed yet or was aborted
   */
  public synchronized <T> Optional<T> readSettled(Function<Path, T> reader) {
    if (committed) {
      return Optional.ofNullable(reader.apply(target()));
    }
    if (!flushed || finished) {
      return Optional.empty();
    }
    return Optional.ofNullable(reader.apply(partPath()));
  }

  /** Closes and deletes the part file, if it was created. Safe to call more than once. */
  public synchronized void abort() {
    if (finished) {
      return;
    }
    finished = true;
    if (channel == null) {
      return;
    }
    try {
      channel.close();
    } catch (IOException ignored) {
      // deleting the part file below is what matters
    }
    if (isStillMine()) {
      AtomicFiles.deleteQuietly(partPath());
    }
  }

  /** The part file was not replaced by a newer attempt at the same target since we made it. */
  private boolean isStillMine() {
    try {
      Object current = Files.readAttributes(partPath(), BasicFileAttributes.class).fileKey();
      return fileKey == null || fileKey.equals(current);
    } catch (IOException gone) {
      return false;
    }
  }

  /** Aborts unless committed. */
  @Override
  public void close() {
    abort();
  }

  /** The open part file, created on first use. */
  private FileChannel requireWritable() {
    requireNotFinished();
    if (flushed) {
      throw new IllegalStateException("staged file already flushed: " + partPath());
    }
    FileChannel open = channel;
    return open != null ? open : open();
  }

  private FileChannel open() {
    Path part = partPath();
    try {
      Files.createDirectories(part.getParent());
      FileChannel opened =
          FileChannel.open(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      channel = opened;
      fileKey = Files.readAttributes(part, BasicFileAttributes.class).fileKey();
      return opened;
    } catch (IOException e) {
      finished = true;
      throw new StoreException("cannot create " + part + ": " + e.getMessage(), e);
    }
  }

  private void requireNotFinished() {
    if (finished) {
      throw new IllegalStateException("staged file already committed or aborted: " + target);
    }
  }
}
