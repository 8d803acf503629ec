package io.github.nvfetch.reactor.internal.resilience;

import io.github.nvfetch.reactor.internal.ClientMetrics;
import io.github.resilience4j.ratelimiter.RateLimiter;
import java.util.concurrent.TimeUnit;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;
import reactor.core.scheduler.Schedulers;

/**
 * A host's request budget handed out fairly between harvests. Permissions come at the rate of the
 * Resilience4j rate limiter's configuration (one per refresh period divided by the limit per
 * period), with a small burst: a generic cell rate algorithm, i.e. a token bucket of {@code burst}
 * permissions refilled at the rate, so that after an idle spell (the start of a harvest) up to
 * {@code burst} requests go at once, and in the long run never more than the rate. nginx's {@code
 * limit_req} in front of NeuroVault is such a bucket, refilled faster (10 r/s) and deeper (burst
 * 20) than ours, so our bursts never reach its limit. Each request reserves a permission when it
 * asks, exactly as it would alone, so every wait is the bucket's; but a permission whose time has
 * come goes to the waiter whose {@link FairLane} has its turn ({@link FairQueue}), not to the
 * request that reserved it. So a harvest that started late is not queued behind every request an
 * earlier harvest has already lined up: with {@code n} harvests waiting, each of its requests waits
 * about {@code n} request intervals. Waiting does not block and is cancellable (a cancelled
 * waiter's permission goes to the next waiter); the critical sections are a few field updates. Time
 * is the parallel scheduler's clock (virtual time in tests).
 */
public final class FairPermits {

  /** nginx's {@code limit_req} burst in front of NeuroVault: a burst never reaches it. */
  public static final int NGINX_BURST = 20;

  /** The most permissions a burst may hand out at once (nginx's 10 requests in flight). */
  public static final int MAX_BURST = 10;

  private final long spacingNanos;
  private final long toleranceNanos;
  private final FairQueue<MonoSink<Boolean>> waiting = new FairQueue<>();

  /** When the next reservation would be due with an empty bucket (GCRA's arrival time). */
  private long reservedUntil = Long.MIN_VALUE / 2;

  /** The same for the permissions actually handed out. */
  private long grantedUntil = Long.MIN_VALUE / 2;

  /** Hands out the permissions of {@code limiter}'s rate, one at a time (no burst). */
  public FairPermits(RateLimiter limiter) {
    this(limiter, 1);
  }

  /** Hands out the permissions of {@code limiter}'s rate, up to {@code burst} at once. */
  public FairPermits(RateLimiter limiter, int burst) {
    this.spacingNanos =
        Math.max(
            1,
            limiter.getRateLimiterConfig().getLimitRefreshPeriod().toNanos()
                / Math.max(1, limiter.getRateLimiterConfig().getLimitForPeriod()));
    this.toleranceNanos = (clampBurst(burst) - 1) * spacingNanos;
  }

  /** A burst between one permission and {@link #MAX_BURST}. */
  public static int clampBurst(int burst) {
    return Math.max(1, Math.min(Math.min(MAX_BURST, NGINX_BURST), burst));
  }

  /**
   * Runs {@code call} once its lane has its turn and the rate allows a request; reports each
   * reserved wait to {@code metrics}.
   */
  public <T> Mono<T> permitted(Mono<T> call, ClientMetrics metrics) {
    return Mono.deferContextual(
        context -> {
          FairLane lane = FairLane.of(context);
          return Mono.<Boolean>create(sink -> enqueue(lane, sink, metrics)).then(call);
        });
  }

  private void enqueue(FairLane lane, MonoSink<Boolean> sink, ClientMetrics metrics) {
    long waitNanos;
    synchronized (this) {
      waiting.add(lane, sink);
      long now = now();
      long due = Math.max(now, reservedUntil - toleranceNanos);
      reservedUntil = Math.max(reservedUntil, due) + spacingNanos;
      waitNanos = due - now;
    }
    sink.onCancel(() -> withdraw(lane, sink));
    if (waitNanos <= 0) {
      grant();
    } else {
      metrics.rateLimiterWait(waitNanos);
      Schedulers.parallel().schedule(this::grant, waitNanos, TimeUnit.NANOSECONDS);
    }
  }

  private static long now() {
    return Schedulers.parallel().now(TimeUnit.NANOSECONDS);
  }

  private synchronized void withdraw(FairLane lane, MonoSink<Boolean> sink) {
    waiting.remove(lane, sink);
  }

  /**
   * A reserved permission's time has come: the lane whose turn it is gets it. The permissions
   * handed out keep to the bucket on the scheduler's clock too, so timers that fire late together
   * (a loaded machine) never turn into a burst beyond it.
   */
  private void grant() {
    MonoSink<Boolean> next;
    long early;
    synchronized (this) {
      long now = now();
      early = grantedUntil - toleranceNanos - now;
      next = early > 0 ? null : waiting.poll();
      if (next != null) {
        grantedUntil = Math.max(grantedUntil, now) + spacingNanos;
      }
    }
    if (early > 0) {
      Schedulers.parallel().schedule(this::grant, early, TimeUnit.NANOSECONDS);
    } else if (next != null) {
      next.success(Boolean.TRUE);
    }
  }
}
