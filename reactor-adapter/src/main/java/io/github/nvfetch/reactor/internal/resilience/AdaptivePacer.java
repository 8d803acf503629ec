package io.github.nvfetch.reactor.internal.resilience;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import reactor.core.publisher.Mono;

/**
 * Spaces requests to one host at a rate that adapts to the server, below the configured ceiling:
 * halved each time the server throttles (nginx's 503 without Retry-After, or a 429), raised after
 * each success by {@code 1 / rate} (about one request per second more for each second of
 * successes), at most a twentieth of the ceiling (additive increase, multiplicative decrease). A
 * client configured faster than the server allows thus converges to what it does allow, instead of
 * spending its retries against the limiter. At the ceiling the pacer adds no wait (the Resilience4j
 * rate limiter alone spaces requests then); below it, it spaces them at its own rate. Lock-free.
 */
final class AdaptivePacer {

  private static final double MIN_RATE = 0.5;

  /** At most one halving per second: a burst of rejections is one signal, not ten. */
  private static final long CUT_INTERVAL_NANOS = 1_000_000_000L;

  private final double ceiling;
  private final LongSupplier nanoClock;
  private final AtomicLong rateMillis;
  private final AtomicLong nextSlotNanos;
  private final AtomicLong lastCutNanos;

  /** A pacer starting at (and never above) {@code ceiling} requests per second. */
  public AdaptivePacer(double ceiling, LongSupplier nanoClock) {
    this.ceiling = ceiling;
    this.nanoClock = nanoClock;
    this.rateMillis = new AtomicLong(Math.round(ceiling * 1000));
    this.nextSlotNanos = new AtomicLong(nanoClock.getAsLong());
    this.lastCutNanos = new AtomicLong(nanoClock.getAsLong() - CUT_INTERVAL_NANOS);
  }

  /** The current rate, in requests per second. */
  public double rate() {
    return rateMillis.get() / 1000.0;
  }

  /**
   * Waits (without blocking, cancellably) for the next slot at the current rate; no wait while the
   * rate is at the ceiling.
   */
  public <T> Mono<T> paced(Mono<T> call) {
    return Mono.defer(
        () -> {
          long wait = reserve();
          return wait <= 0 ? call : Mono.delay(Duration.ofNanos(wait)).then(call);
        });
  }

  private boolean atCeiling() {
    return rateMillis.get() >= Math.round(ceiling * 1000);
  }

  private long reserve() {
    if (atCeiling()) {
      return 0;
    }
    long spacing = Math.round(1e9 / rate());
    while (true) {
      long now = nanoClock.getAsLong();
      long next = nextSlotNanos.get();
      long slot = Math.max(now, next);
      if (nextSlotNanos.compareAndSet(next, slot + spacing)) {
        return slot - now;
      }
    }
  }

  /** The server throttled a request: halve the rate (at most once a second). */
  public void throttled() {
    long now = nanoClock.getAsLong();
    long last = lastCutNanos.get();
    if (now - last >= CUT_INTERVAL_NANOS && lastCutNanos.compareAndSet(last, now)) {
      rateMillis.updateAndGet(r -> Math.max(Math.round(MIN_RATE * 1000), r / 2));
    }
  }

  /**
   * A request went through: raise the rate by {@code 1 / rate}, at most a twentieth of the ceiling,
   * never above the ceiling.
   */
  public void succeeded() {
    long ceilingMillis = Math.round(ceiling * 1000);
    long maxStep = Math.max(1, ceilingMillis / 20);
    rateMillis.updateAndGet(
        r -> {
          long step = Math.max(1, Math.min(maxStep, 1_000_000 / Math.max(1, r)));
          return Math.min(ceilingMillis, r + step);
        });
  }
}
