package io.github.nvfetch.reactor.internal.harvest;

import io.github.nvfetch.core.ImageOutcome;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import reactor.core.publisher.Flux;

/**
 * A harvest's {@code max_images} budget, owned in one place: nothing is harvested for a budget of
 * 0; images already on disk count first; the downloads may then succeed at most the images still
 * wanted (the {@link DownloadSlots} budget), a download whose image could not be stored gives its
 * unit back; and the harvest completes once the budget is fetched, cancelling what is still in
 * flight. An empty maximum is no limit.
 */
final class Quota {

  private final OptionalInt max;
  private final AtomicInteger fromDisk = new AtomicInteger();
  private final DownloadSlots slots;

  /** The budget {@code max} (empty: none), spent by downloads through {@code slots}. */
  public Quota(OptionalInt max, DownloadSlots slots) {
    this.max = max;
    this.slots = slots;
  }

  /** Whether a budget of {@code max} wants no image at all (a budget of 0). */
  public static boolean wantsNone(OptionalInt max) {
    return max.isPresent() && max.getAsInt() == 0;
  }

  /** An outcome of an image found on disk: a success spends one unit. */
  public void countFromDisk(ImageOutcome outcome) {
    if (outcome.isSuccess()) {
      fromDisk.incrementAndGet();
    }
  }

  /** The downloads start: they may succeed at most the images still wanted. */
  public void openDownloads() {
    max.ifPresent(m -> slots.limitTo(Math.max(0, m - fromDisk.get())));
  }

  /** A download succeeded but its image was not stored: its unit comes back. */
  public void refund() {
    slots.refund();
  }

  /**
   * Completes once the budget was fetched (disk and downloads together), cancelling what is still
   * in flight.
   */
  public Flux<ImageOutcome> capped(Flux<ImageOutcome> outcomes) {
    return upTo(outcomes, max);
  }

  /** Completes {@code outcomes} once {@code max} of them are successes (empty: no limit). */
  static Flux<ImageOutcome> upTo(Flux<ImageOutcome> outcomes, OptionalInt max) {
    if (max.isEmpty()) {
      return outcomes;
    }
    return Flux.defer(
        () -> {
          AtomicInteger fetched = new AtomicInteger();
          return outcomes.takeUntil(
              o -> o.isSuccess() && fetched.incrementAndGet() >= max.getAsInt());
        });
  }
}
