package io.github.nvfetch.reactor;

import io.github.nvfetch.reactor.internal.resilience.HostBudgets;
import org.jspecify.annotations.Nullable;

/**
 * Which clients share a request-rate budget and a connection pool. NeuroVault's nginx limits
 * requests (about 10/s) and connections (10) per IP address, not per client: two clients of one
 * process each allowed 8 requests/s would together be throttled. So by default ({@link #jvmWide()})
 * every client of the JVM that targets the same host and port draws from one rate limiter and one
 * adaptive pacer for it, and clients of the same NeuroVault address share one connection pool (its
 * cap applies per host). The first client to reach a host sets that host's rate, and the first
 * client of an address sets the pool's cap; the pool is released when the last client sharing it is
 * closed. A client given its own {@code httpClient} or {@code connectionProvider} keeps that pool.
 */
public final class Limits {

  private static final Limits JVM_WIDE = new Limits(new HostBudgets());

  private final @Nullable HostBudgets budgets;

  private Limits(@Nullable HostBudgets budgets) {
    this.budgets = budgets;
  }

  /** The default: one budget per host for every client of this JVM that uses it. */
  public static Limits jvmWide() {
    return JVM_WIDE;
  }

  /** A fresh budget, shared by exactly the clients you give this object to. */
  public static Limits newShared() {
    return new Limits(new HostBudgets());
  }

  /**
   * No sharing: each client built with it gets a budget of its own (for hosts that limit per
   * client, or for clients that go through different addresses).
   */
  public static Limits perClient() {
    return new Limits(null);
  }

  /** The budgets a new client draws from. */
  HostBudgets budgetsForNewClient() {
    return budgets != null ? budgets : new HostBudgets();
  }

  @Override
  public String toString() {
    return this == JVM_WIDE
        ? "Limits.jvmWide()"
        : budgets == null ? "Limits.perClient()" : "Limits.newShared()";
  }
}
