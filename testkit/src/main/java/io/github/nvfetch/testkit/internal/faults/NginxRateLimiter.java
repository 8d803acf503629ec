package io.github.nvfetch.testkit.internal.faults;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * nginx's {@code limit_req} algorithm ({@code ngx_http_limit_req_module}) with {@code nodelay}, per
 * key (client IP): each key keeps an "excess" in thousandths of a request that drains at the rate;
 * a request adds 1; if the result exceeds the burst the request is rejected and the state is left
 * unchanged. So B + 1 requests may arrive together (the first one of an idle client counts 0), then
 * one per 1/R second. Thread-safe.
 */
public final class NginxRateLimiter {

  private static final class State {
    private long excessMilli;
    private long lastMillis;
  }

  private final ConcurrentHashMap<String, State> states = new ConcurrentHashMap<>();
  private final LongSupplier clockMillis;

  /**
   * Creates a limiter.
   *
   * @param clockMillis a monotonic clock in milliseconds
   */
  public NginxRateLimiter(LongSupplier clockMillis) {
    this.clockMillis = clockMillis;
  }

  /**
   * Decides on one request.
   *
   * @param key the client key
   * @param perSecond the rate (0 = unlimited)
   * @param burst the burst
   * @return whether the request is accepted
   */
  public boolean tryAcquire(String key, double perSecond, int burst) {
    if (perSecond <= 0) {
      return true;
    }
    long now = clockMillis.getAsLong();
    State state = states.computeIfAbsent(key, k -> newState(now));
    synchronized (state) {
      long elapsed = Math.max(0, now - state.lastMillis);
      long excess = Math.max(0, state.excessMilli - (long) (perSecond * elapsed) + 1000);
      if (excess > burst * 1000L) {
        return false;
      }
      state.excessMilli = excess;
      state.lastMillis = now;
      return true;
    }
  }

  /** Forgets every client. */
  public void clear() {
    states.clear();
  }

  private static State newState(long now) {
    State s = new State();
    s.lastMillis = now - 3_600_000L;
    return s;
  }
}
