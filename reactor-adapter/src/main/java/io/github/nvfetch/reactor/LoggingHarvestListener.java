package io.github.nvfetch.reactor;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A ready listener that logs a harvest through SLF4J: a progress line at INFO at most once per
 * interval (checked as events arrive, default every 10 s) and a last one when the harvest ends;
 * each image fetched or failed, each retry, each skipped record and each image without words at
 * DEBUG (per-image failures are data: the dataset lists them, so they do not flood a log). The SDK
 * itself logs one summary line per harvest (INFO, or WARN when images failed) under the {@code
 * io.github.nvfetch.reactor.NeuroVaultClient} logger.
 *
 * <pre>{@code
 * client.fetchDataset(request, new LoggingHarvestListener()).block();
 * // INFO  io.github.nvfetch.harvest - progress: 40/100 images, 8.1 images/s, ETA 7 s, ...
 * }</pre>
 */
public final class LoggingHarvestListener implements HarvestListener {

  /** The default logger's name. */
  public static final String LOGGER_NAME = "io.github.nvfetch.harvest";

  private final Logger log;
  private final ProgressTracker progress;
  private final long intervalNanos;
  private final LongSupplier nanoClock;
  private final AtomicLong lastLineNanos;

  /** Logs to {@value #LOGGER_NAME}, a progress line at most every 10 s, without a limit. */
  public LoggingHarvestListener() {
    this(LoggerFactory.getLogger(LOGGER_NAME), ProgressTracker.unlimited(), Duration.ofSeconds(10));
  }

  /**
   * Logs to {@code log}, a progress line at most every {@code interval}.
   *
   * @param progress the tracker to count with (e.g. {@link ProgressTracker#of} the request, so that
   *     the expected total and the ETA know its {@code maxImages}); one per harvest
   */
  public LoggingHarvestListener(Logger log, ProgressTracker progress, Duration interval) {
    this(log, progress, interval, System::nanoTime);
  }

  LoggingHarvestListener(
      Logger log, ProgressTracker progress, Duration interval, LongSupplier nanoClock) {
    this.log = Objects.requireNonNull(log, "log");
    this.progress = Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(interval, "interval");
    if (interval.isNegative()) {
      throw new IllegalArgumentException("interval must not be negative, was " + interval);
    }
    this.intervalNanos = interval.toNanos();
    this.nanoClock = nanoClock;
    this.lastLineNanos = new AtomicLong(nanoClock.getAsLong());
  }

  /** The progress counted so far. */
  public HarvestProgress snapshot() {
    return progress.snapshot();
  }

  @Override
  public void onEvent(HarvestEvent event) {
    progress.onEvent(event);
    if (event instanceof HarvestEvent.HarvestFinished finished) {
      log.info(
          "harvest {}: {}",
          finished.error().isPresent()
              ? "stopped"
              : finished.cancelled() ? "cancelled" : "finished",
          progress.snapshot());
      return;
    }
    logDetail(event);
    long now = nanoClock.getAsLong();
    long last = lastLineNanos.get();
    if (now - last >= intervalNanos
        && lastLineNanos.compareAndSet(last, now)
        && log.isInfoEnabled()) {
      log.info("progress: {}", progress.snapshot());
    }
  }

  private void logDetail(HarvestEvent event) {
    if (!log.isDebugEnabled()) {
      return;
    }
    if (event instanceof HarvestEvent.ImageFetched fetched) {
      log.debug(
          "image {} fetched ({}): {}",
          fetched.image().imageId(),
          fetched.image().origin(),
          fetched.image().file());
    } else if (event instanceof HarvestEvent.ImageFailed failed) {
      log.debug("image {} failed: {}", failed.failure().imageId(), failed.failure().reason());
    } else if (event instanceof HarvestEvent.RetryScheduled retry) {
      log.debug(
          "retry {} of {} in {} ms: {}",
          retry.attempt(),
          retry.uri(),
          retry.delay().toMillis(),
          retry.reason());
    } else if (event instanceof HarvestEvent.RecordSkipped skipped) {
      log.debug("record skipped at {}: {}", skipped.uri(), skipped.reason());
    } else if (event instanceof HarvestEvent.WordsUnavailable words) {
      log.debug("no words for image {}: {}", words.imageId(), words.reason());
    } else if (event instanceof HarvestEvent.CollectionFailed collection) {
      log.debug("collection {} failed: {}", collection.collectionId(), collection.reason());
    }
  }
}
