package io.github.nvfetch.cli;

import io.github.nvfetch.reactor.HarvestProgress;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** A display refreshed by a daemon timer thread from the harvest's progress. */
abstract class TickingDisplay implements ProgressDisplay {

  private final Supplier<HarvestProgress> progress;
  private final Duration period;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "nvfetch-progress");
            thread.setDaemon(true);
            return thread;
          });

  private final java.util.concurrent.atomic.AtomicBoolean closed =
      new java.util.concurrent.atomic.AtomicBoolean();

  TickingDisplay(Supplier<HarvestProgress> progress, Duration period) {
    this.progress = progress;
    this.period = period;
  }

  /** Starts the timer; call once, after construction. */
  final ProgressDisplay start() {
    // the timer is shut down with the display; the task's future is not needed
    var unused =
        timer.scheduleAtFixedRate(
            this::safeTick, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    return this;
  }

  private void safeTick() {
    try {
      tick(progress.get());
    } catch (RuntimeException e) {
      // A display problem must never stop the harvest; the next tick tries again.
    }
  }

  /** Shows the counters (on the timer thread). */
  abstract void tick(HarvestProgress snapshot);

  /** Shows the final counters and releases the display. */
  abstract void finish(HarvestProgress snapshot);

  @Override
  public final void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    timer.shutdownNow();
    try {
      timer.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    finish(progress.get());
  }

  /**
   * {@code 120/16000 collections, } while a filtered harvest walks the server (once the list's
   * count is known), nothing otherwise: the walk's progress, shown beside the images.
   */
  static String walk(HarvestProgress s) {
    return s.walk().map(walk -> walk + ", ").orElse("");
  }

  /** {@code 12.3 MB, 2 retries, 1 failed}: the counters a bar shows next to the images. */
  static String details(HarvestProgress s) {
    StringBuilder text = new StringBuilder(Sizes.bytes(s.bytes()));
    text.append(", ").append(s.retries()).append(s.retries() == 1 ? " retry" : " retries");
    if (s.failed() > 0) {
      text.append(", ").append(s.failed()).append(" failed");
    }
    if (s.fromDisk() > 0) {
      text.append(", ").append(s.fromDisk()).append(" from disk");
    }
    return text.toString();
  }
}
