package io.github.nvfetch.testkit.internal.faults;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * nginx's {@code limit_conn} applied to concurrent in-flight requests per key (client IP).
 * Thread-safe.
 */
public final class InFlightLimiter {

  private final ConcurrentHashMap<String, AtomicInteger> inFlight = new ConcurrentHashMap<>();

  /**
   * Takes a slot if fewer than {@code max} are taken ({@code max} 0 = unlimited, but the slot is
   * still counted).
   *
   * @param key the client key
   * @param max the bound
   * @return whether a slot was taken (then {@link #release(String)} must follow)
   */
  public boolean tryAcquire(String key, int max) {
    AtomicInteger n = inFlight.computeIfAbsent(key, k -> new AtomicInteger());
    while (true) {
      int current = n.get();
      if (max > 0 && current >= max) {
        return false;
      }
      if (n.compareAndSet(current, current + 1)) {
        return true;
      }
    }
  }

  /** Returns a slot. */
  public void release(String key) {
    AtomicInteger n = inFlight.get(key);
    if (n != null) {
      n.decrementAndGet();
    }
  }
}
