package io.github.nvfetch.reactor.internal.resilience;

import io.github.nvfetch.reactor.internal.ClientMetrics;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import java.util.concurrent.TimeUnit;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;
import reactor.core.scheduler.Schedulers;

/**
 * A host's request budget handed out fairly between harvests. Each request reserves a
 * permission of the Resilience4j rate limiter when it asks, exactly as it would alone, so the
 * rate (and every wait) is the limiter's; but a permission whose time has come goes to the
 * waiter whose {@link FairLane} has its turn ({@link FairQueue}), not to the request that
 * reserved it. So a harvest that started late is not queued behind every request an earlier
 * harvest has already lined up: with {@code n} harvests waiting, each of its requests waits
 * about {@code n} request intervals. Waiting does not block and is cancellable (a cancelled
 * waiter's permission goes to the next waiter); the critical sections are a few field updates.
 */
public final class FairPermits {

  private final RateLimiter limiter;
  private final long spacingNanos;
  private final FairQueue<MonoSink<Boolean>> waiting = new FairQueue<>();
  private long lastGrantNanos = Long.MIN_VALUE / 2;

  /** Hands out the permissions of {@code limiter}. */
  public FairPermits(RateLimiter limiter) {
    this.limiter = limiter;
    this.spacingNanos = limiter.getRateLimiterConfig().getLimitRefreshPeriod().toNanos()
        / Math.max(1, limiter.getRateLimiterConfig().getLimitForPeriod());
  }

  /**
   * Runs {@code call} once its lane has its turn and the rate limiter allows a request; reports
   * each reserved wait to {@code metrics}.
   */
  public <T> Mono<T> permitted(Mono<T> call, ClientMetrics metrics) {
    return Mono.deferContextual(context -> {
      FairLane lane = FairLane.of(context);
      return Mono.<Boolean>create(sink -> enqueue(lane, sink, metrics)).then(call);
    });
  }

  private void enqueue(FairLane lane, MonoSink<Boolean> sink, ClientMetrics metrics) {
    synchronized (this) {
      waiting.add(lane, sink);
    }
    sink.onCancel(() -> withdraw(lane, sink));
    long waitNanos = limiter.reservePermission();
    if (waitNanos < 0) {
      withdraw(lane, sink);
      sink.error(RequestNotPermitted.createRequestNotPermitted(limiter));
    } else if (waitNanos == 0) {
      grant();
    } else {
      metrics.rateLimiterWait(waitNanos);
      Schedulers.parallel().schedule(this::grant, waitNanos, TimeUnit.NANOSECONDS);
    }
  }

  private synchronized void withdraw(FairLane lane, MonoSink<Boolean> sink) {
    waiting.remove(lane, sink);
  }

  /**
   * A reserved permission's time has come: the lane whose turn it is gets it. Grants stay at
   * least one interval apart on the scheduler's clock, so timers that fire late together (a
   * loaded machine) never turn into a burst.
   */
  private void grant() {
    MonoSink<Boolean> next;
    long early;
    synchronized (this) {
      long now = Schedulers.parallel().now(TimeUnit.NANOSECONDS);
      early = lastGrantNanos + spacingNanos - now;
      next = early > 0 ? null : waiting.poll();
      if (next != null) {
        lastGrantNanos = now;
      }
    }
    if (early > 0) {
      Schedulers.parallel().schedule(this::grant, early, TimeUnit.NANOSECONDS);
    } else if (next != null) {
      next.success(Boolean.TRUE);
    }
  }
}
