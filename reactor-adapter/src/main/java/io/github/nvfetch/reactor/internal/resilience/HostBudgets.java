package io.github.nvfetch.reactor.internal.resilience;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import reactor.core.scheduler.Schedulers;
import reactor.netty.resources.ConnectionProvider;

/**
 * The per-host budgets that clients sharing them draw from: one rate limiter and one adaptive pacer
 * per host, and one connection pool (whose cap applies per host). NeuroVault limits requests and
 * connections per IP address, so clients of one process that target the same host must not each
 * have a full budget. Budgets are per host and port; the first client to need a host's limiter sets
 * its rate. Clients of the same NeuroVault address share one connection pool (the first sets its
 * cap), disposed when the last of them is closed.
 */
public final class HostBudgets {

  private final Map<String, Budget> budgets = new HashMap<>();
  private final Map<String, SharedPool> pools = new HashMap<>();

  private static final class SharedPool {
    final ConnectionProvider provider;
    int users;

    SharedPool(ConnectionProvider provider) {
      this.provider = provider;
    }
  }

  /**
   * The rate budget of one host.
   *
   * @param limiter the Resilience4j rate limiter every request to the host takes a permit from
   * @param pacer the adaptive pacer that slows them while the host throttles
   * @param permits the limiter's permissions, handed out in turn between harvests
   */
  public record Budget(RateLimiter limiter, AdaptivePacer pacer, FairPermits permits) {

    Budget(RateLimiter limiter, AdaptivePacer pacer, int burst) {
      this(limiter, pacer, new FairPermits(limiter, burst));
    }
  }

  private final Map<String, Integer> users = new HashMap<>();

  /**
   * Joins the budget of a host ({@code key}), made with {@code config}, {@code ceiling} and up to
   * {@code burst} requests at once if nobody uses one yet; {@link #leave} it when done, once per
   * join.
   */
  public synchronized Budget join(String key, RateLimiterConfig config, double ceiling, int burst) {
    Budget budget =
        budgets.computeIfAbsent(
            key,
            k ->
                new Budget(
                    RateLimiter.of("rate-" + k, config),
                    new AdaptivePacer(
                        ceiling, () -> Schedulers.parallel().now(TimeUnit.NANOSECONDS)),
                    burst));
    users.merge(key, 1, Integer::sum);
    return budget;
  }

  /** One client is done with a host's budget; the last one drops it. */
  public synchronized void leave(String key) {
    if (users.merge(key, -1, Integer::sum) <= 0) {
      users.remove(key);
      budgets.remove(key);
    }
  }

  /**
   * The connection pool of the clients of one service ({@code key}: its address), made by {@code
   * create} if none uses one yet; release it with {@link #releasePool}.
   */
  public synchronized ConnectionProvider acquirePool(
      String key, Supplier<ConnectionProvider> create) {
    SharedPool pool = pools.computeIfAbsent(key, k -> new SharedPool(create.get()));
    pool.users++;
    return pool.provider;
  }

  /** One client is done with a pool; the last one disposes it (waiting up to 10 s). */
  public void releasePool(String key) {
    SharedPool last = null;
    synchronized (this) {
      SharedPool pool = pools.get(key);
      if (pool != null && --pool.users == 0) {
        last = pools.remove(key);
      }
    }
    if (last != null) {
      last.provider.disposeLater().block(Duration.ofSeconds(10));
    }
  }

  /** The budget key of an address: host and port (a different port is another server). */
  public static String key(java.net.URI uri) {
    return String.valueOf(uri.getHost()).toLowerCase(java.util.Locale.ROOT) + ":" + uri.getPort();
  }
}
