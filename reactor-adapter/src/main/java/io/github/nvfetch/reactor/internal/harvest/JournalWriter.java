package io.github.nvfetch.reactor.internal.harvest;

import io.github.nvfetch.core.internal.walk.WalkJournal;
import io.github.nvfetch.core.store.StoreException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.scheduler.Scheduler;

/**
 * Writes a walk's record to its journal on the I/O scheduler, coalescing: while a write runs, later
 * changes wait and only the latest is written after it, so a fast walk never queues writes. A
 * record that cannot be written is a warning (once), never a failed harvest: the journal only saves
 * time.
 */
final class JournalWriter {

  private static final Logger LOG = LoggerFactory.getLogger(JournalWriter.class);

  private final WalkJournal journal;
  private final WalkFrontier frontier;
  private final Scheduler io;
  private final AtomicBoolean scheduled = new AtomicBoolean();
  private long writtenVersion;
  private boolean broken;

  JournalWriter(WalkJournal journal, WalkFrontier frontier, Scheduler io) {
    this.journal = journal;
    this.frontier = frontier;
    this.io = io;
    this.writtenVersion = frontier.version();
  }

  /** Writes the latest record soon (on the I/O scheduler), unless a write is already due. */
  void submit() {
    if (!scheduled.compareAndSet(false, true)) {
      return;
    }
    try {
      io.schedule(
          () -> {
            scheduled.set(false);
            writeLatest();
          });
    } catch (RejectedExecutionException e) {
      scheduled.set(false);
    }
  }

  /**
   * The harvest ended: deletes the record (blocking) and writes no more, so that a finished harvest
   * leaves nothing of its walk behind. A record that cannot be deleted is a warning.
   */
  synchronized void retire() {
    broken = true;
    try {
      journal.remove(frontier.record().selection());
    } catch (StoreException e) {
      LOG.warn("cannot delete the finished walk's record: {}", e.getMessage());
    }
  }

  /** Writes the latest record now if it changed since the last write (blocking). */
  synchronized void writeLatest() {
    long version = frontier.version();
    if (broken || version == writtenVersion) {
      return;
    }
    try {
      journal.write(frontier.record());
      writtenVersion = version;
    } catch (StoreException e) {
      broken = true;
      LOG.warn(
          "cannot record the walk's progress (a rerun will not be able to resume it): {}",
          e.getMessage());
    }
  }
}
