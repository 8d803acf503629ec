package io.github.nvfetch.reactor.internal;

import io.github.nvfetch.core.FailedImage;
import io.github.nvfetch.core.FetchedImage;
import io.github.nvfetch.core.ImageOutcome;
import io.github.nvfetch.reactor.HarvestEvent;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.SignalType;

/**
 * The end of a harvest: per-image failures are data (logged at DEBUG where they happen), so one
 * line summarises the harvest when it ends, at INFO, or at WARN when images failed or the harvest
 * stopped on an error, and the {@link HarvestEvent.HarvestFinished} event closes its events.
 */
public final class HarvestSummary {

  /** The logger of harvest summaries (the public client's name, stable for configurations). */
  static final Logger LOG = LoggerFactory.getLogger("io.github.nvfetch.reactor.NeuroVaultClient");

  private static final int REASONS_SHOWN = 3;

  private final String kind;
  private final Logger log;
  private final long startNanos = System.nanoTime();
  private final AtomicLong fetched = new AtomicLong();
  private final AtomicLong fromDisk = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final List<String> reasons = new CopyOnWriteArrayList<>();
  private volatile Throwable error;

  private HarvestSummary(String kind, Logger log) {
    this.kind = kind;
    this.log = log;
  }

  /**
   * The outcomes, counted; each subscription is one harvest, summarised when it ends.
   *
   * @param kind what the harvest is, for the log line ({@code "filtered harvest"}, ...)
   */
  public static Flux<ImageOutcome> observe(
      Flux<ImageOutcome> outcomes, String kind, EventSink events, ClientMetrics metrics) {
    return observe(outcomes.doOnNext(outcome -> measure(outcome, metrics)), kind, events, LOG);
  }

  private static void measure(ImageOutcome outcome, ClientMetrics metrics) {
    if (outcome instanceof FetchedImage image) {
      metrics.imageFetched(image);
    } else if (outcome instanceof FailedImage failure) {
      metrics.imageFailed(failure);
    }
  }

  /** {@link #observe(Flux, String, EventSink, ClientMetrics)} logging to {@code log}. */
  static Flux<ImageOutcome> observe(
      Flux<ImageOutcome> outcomes, String kind, EventSink events, Logger log) {
    return Flux.defer(
        () -> {
          HarvestSummary summary = new HarvestSummary(kind, log);
          return outcomes
              .doOnNext(summary::count)
              .doOnError(e -> summary.error = e)
              .doFinally(signal -> summary.finish(signal, events));
        });
  }

  private void count(ImageOutcome outcome) {
    if (outcome instanceof FetchedImage image) {
      fetched.incrementAndGet();
      if (image.origin() == FetchedImage.Origin.LOCAL_STORE) {
        fromDisk.incrementAndGet();
      }
    } else if (outcome instanceof FailedImage failure) {
      failed.incrementAndGet();
      if (reasons.size() < REASONS_SHOWN) {
        reasons.add("image " + failure.imageId() + ": " + failure.reason());
      }
    }
  }

  private void finish(SignalType signal, EventSink events) {
    Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
    boolean cancelled = signal == SignalType.CANCEL;
    log(elapsed, cancelled);
    events.emit(
        new HarvestEvent.HarvestFinished(
            fetched.get(),
            fromDisk.get(),
            failed.get(),
            elapsed,
            Optional.ofNullable(error),
            cancelled));
  }

  private void log(Duration elapsed, boolean cancelled) {
    String how = error != null ? "stopped" : cancelled ? "cancelled" : "finished";
    String line =
        String.format(
            Locale.ROOT,
            "%s %s after %.1f s: %d image(s) fetched "
                + "(%d from the local store, %d downloaded), %d failed",
            kind,
            how,
            elapsed.toMillis() / 1000.0,
            fetched.get(),
            fromDisk.get(),
            fetched.get() - fromDisk.get(),
            failed.get());
    if (error != null) {
      log.warn("{}: {}", line, error.toString());
    } else if (failed.get() > 0) {
      log.warn(
          "{} ({}{}; the dataset lists every failure)",
          line,
          String.join("; ", reasons),
          failed.get() > reasons.size() ? "; ..." : "");
    } else {
      log.info(line);
    }
  }
}
