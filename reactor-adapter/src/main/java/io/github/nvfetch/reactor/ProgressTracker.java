package io.github.nvfetch.reactor;

import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.FetchedImage;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

/**
 * Counts one harvest's events into {@link HarvestProgress} snapshots: give it to the harvest as its
 * listener, then read {@link #snapshot()} whenever you like, or subscribe to {@link
 * #samples(Duration)}. Counting is a few atomic increments on the event thread, so it never slows
 * the harvest. Use one tracker per harvest.
 *
 * <pre>{@code
 * ProgressTracker progress = ProgressTracker.of(request);
 * progress.samples(Duration.ofSeconds(1)).subscribe(p -> System.out.println(p));
 * NeuroVaultDataset data = client.fetchDataset(request, progress).block();
 * }</pre>
 */
public final class ProgressTracker implements HarvestListener {

  private final OptionalInt maxImages;
  private final LongSupplier nanoClock;
  private final long startNanos;
  private final AtomicLong selected = new AtomicLong();
  private final AtomicLong fromDisk = new AtomicLong();
  private final AtomicLong downloaded = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong bytes = new AtomicLong();
  private final AtomicLong retries = new AtomicLong();
  private final AtomicLong wordsUnavailable = new AtomicLong();
  private final AtomicLong collectionsWalked = new AtomicLong();
  private final AtomicLong collectionsCount = new AtomicLong();
  private final AtomicLong finishedAtNanos = new AtomicLong(-1);
  private final Sinks.Empty<Void> finished = Sinks.empty();

  ProgressTracker(OptionalInt maxImages, LongSupplier nanoClock) {
    this.maxImages = Objects.requireNonNull(maxImages, "maxImages");
    this.nanoClock = nanoClock;
    this.startNanos = nanoClock.getAsLong();
  }

  /** A tracker that knows the request's {@code maxImages} (so the expected total is capped). */
  public static ProgressTracker of(FetchRequest request) {
    return new ProgressTracker(request.maxImages(), System::nanoTime);
  }

  /** A tracker for a harvest of at most {@code maxImages} fetched images (empty: no limit). */
  public static ProgressTracker of(OptionalInt maxImages) {
    return new ProgressTracker(maxImages, System::nanoTime);
  }

  /** A tracker for a harvest without a limit (an ids harvest, or a limit you do not know). */
  public static ProgressTracker unlimited() {
    return new ProgressTracker(OptionalInt.empty(), System::nanoTime);
  }

  /** Counts one event. */
  @Override
  public void onEvent(HarvestEvent event) {
    if (event instanceof HarvestEvent.ImageSelected) {
      selected.incrementAndGet();
    } else if (event instanceof HarvestEvent.ImageFetched fetched) {
      (fetched.image().origin() == FetchedImage.Origin.LOCAL_STORE ? fromDisk : downloaded)
          .incrementAndGet();
    } else if (event instanceof HarvestEvent.ImageFailed) {
      failed.incrementAndGet();
    } else if (event instanceof HarvestEvent.BytesTransferred transferred) {
      bytes.addAndGet(transferred.bytes());
    } else if (event instanceof HarvestEvent.RetryScheduled) {
      retries.incrementAndGet();
    } else if (event instanceof HarvestEvent.WordsUnavailable) {
      wordsUnavailable.incrementAndGet();
    } else if (event instanceof HarvestEvent.WalkProgressed walk) {
      collectionsWalked.accumulateAndGet(walk.walked(), Math::max);
      collectionsCount.accumulateAndGet(walk.count(), Math::max);
    } else if (event instanceof HarvestEvent.HarvestFinished) {
      finishedAtNanos.compareAndSet(-1, nanoClock.getAsLong());
      finished.tryEmitEmpty();
    }
  }

  /** The progress now. */
  public HarvestProgress snapshot() {
    long end = finishedAtNanos.get();
    boolean done = end >= 0;
    long failedNow = failed.get();
    long expected = selected.get();
    if (maxImages.isPresent()) {
      expected = Math.min(expected, maxImages.getAsInt() + failedNow);
    }
    return new HarvestProgress(
        selected.get(),
        expected,
        downloaded.get(),
        fromDisk.get(),
        failedNow,
        bytes.get(),
        retries.get(),
        wordsUnavailable.get(),
        Duration.ofNanos((done ? end : nanoClock.getAsLong()) - startNanos),
        done,
        collectionsWalked.get(),
        collectionsCount.get());
  }

  /** Whether the harvest has ended ({@link HarvestEvent.HarvestFinished} arrived). */
  public boolean isFinished() {
    return finishedAtNanos.get() >= 0;
  }

  /**
   * The progress every {@code period} (on Reactor's parallel scheduler), skipping samples in which
   * nothing changed, then the final progress when the harvest ends, and completes. A subscription
   * after the end gives the final progress only. A subscriber slower than {@code period} never
   * fails for it: ticks it has not asked for are dropped, and each sample it does ask for is the
   * progress at the time it is delivered.
   */
  public Flux<HarvestProgress> samples(Duration period) {
    Objects.requireNonNull(period, "period");
    if (period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("period must be positive, was " + period);
    }
    return Flux.interval(period, Schedulers.parallel())
        .onBackpressureLatest()
        .map(tick -> snapshot())
        .takeUntilOther(finished.asMono())
        .concatWith(Mono.fromSupplier(this::snapshot))
        .distinctUntilChanged(p -> p.withElapsed(Duration.ZERO));
  }
}
