package io.github.nvfetch.core.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Coordinates the harvests writing one data directory, in this process and in others, with an
 * operating-system lock on {@code <data_dir>/.nvfetch.lock} ({@link FileChannel#lock}).
 *
 * <p>Every harvest holds a <em>shared</em> lock while it runs, so harvests share the store and run
 * side by side (each image attempt writes its own part file and only verified files are committed,
 * so they cannot tear each other's files). The clean-up of part files left by a killed run needs
 * the store to itself: it runs only when a harvest starting can take the lock <em>exclusively</em>,
 * that is when no other harvest, here or in another process, is running. A harvest that finds
 * others running skips the clean-up and shares. Java file locks belong to the whole JVM, so
 * harvests of one JVM share one lock through a reference count.
 *
 * <p>Where the file system does not support locks, harvests still run, without the clean-up.
 * Methods block on file I/O.
 */
public final class StoreLock implements AutoCloseable {

  /** Name of the lock file inside the data directory. */
  public static final String FILE_NAME = ".nvfetch.lock";

  private static final Logger LOG = LoggerFactory.getLogger(StoreLock.class);
  private static final Map<Path, Held> HELD = new HashMap<>();

  private final Path key;
  private final boolean alone;
  private boolean closed;

  private StoreLock(Path key, boolean alone) {
    this.key = key;
    this.alone = alone;
  }

  /** The lock of one data directory, held by this JVM for its harvests. */
  private static final class Held {
    private final FileChannel channel;
    private final FileLock lock;
    private int holders = 1;

    Held(FileChannel channel, FileLock lock) {
      this.channel = channel;
      this.lock = lock;
    }
  }

  /**
   * Joins the harvests of {@code dataDir}. When no other harvest is running (in any process), runs
   * {@code cleanupWhenAlone} first, holding the store exclusively; then holds the lock shared until
   * {@link #close()}. May wait while another process runs its clean-up.
   */
  public static StoreLock acquire(Path dataDir, Runnable cleanupWhenAlone) {
    Path key = dataDir.toAbsolutePath().normalize();
    synchronized (HELD) {
      Held held = HELD.get(key);
      if (held != null) {
        held.holders++;
        return new StoreLock(key, false);
      }
      return lockFile(key, cleanupWhenAlone);
    }
  }

  private static StoreLock lockFile(Path key, Runnable cleanupWhenAlone) {
    FileChannel channel = null;
    try {
      Files.createDirectories(key);
      channel =
          FileChannel.open(
              key.resolve(FILE_NAME),
              StandardOpenOption.CREATE,
              StandardOpenOption.READ,
              StandardOpenOption.WRITE);
      FileLock exclusive = channel.tryLock();
      boolean alone = exclusive != null;
      if (alone) {
        try {
          cleanupWhenAlone.run();
        } finally {
          exclusive.release();
        }
      }
      FileLock shared = channel.lock(0, Long.MAX_VALUE, true);
      HELD.put(key, new Held(channel, shared));
      return new StoreLock(key, alone);
    } catch (IOException | OverlappingFileLockException | UnsupportedOperationException e) {
      closeQuietly(channel);
      LOG.warn(
          "cannot lock {} ({}): harvesting without coordination, leftovers kept",
          key,
          e.getMessage());
      return new StoreLock(null, false);
    } catch (RuntimeException | Error e) {
      closeQuietly(channel);
      throw e;
    }
  }

  /** Whether this harvest started with no other running, and so ran the clean-up. */
  public boolean wasAlone() {
    return alone;
  }

  /** Leaves the store; the last harvest of this JVM releases the file lock. Idempotent. */
  @Override
  public void close() {
    synchronized (HELD) {
      if (closed || key == null) {
        closed = true;
        return;
      }
      closed = true;
      Held held = HELD.get(key);
      if (held != null && --held.holders == 0) {
        HELD.remove(key);
        try {
          held.lock.release();
        } catch (IOException e) {
          LOG.debug("releasing {}: {}", key, e.getMessage());
        }
        closeQuietly(held.channel);
      }
    }
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel == null) {
      return;
    }
    try {
      channel.close();
    } catch (IOException ignored) {
      // the lock goes with the channel
    }
  }
}
