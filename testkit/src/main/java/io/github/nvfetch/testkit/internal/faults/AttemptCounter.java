package io.github.nvfetch.testkit.internal.faults;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the admitted requests per exact request key (method, path and query), so the n-th attempt
 * at a URL gets the n-th draw whatever other requests interleave. Keys are kept as 64-bit hashes.
 * Thread-safe.
 */
public final class AttemptCounter {

  private final ConcurrentHashMap<Long, AtomicInteger> attempts = new ConcurrentHashMap<>();

  /** The number of earlier attempts with this key, and counts this one. */
  public int next(long keyHash) {
    return attempts.computeIfAbsent(keyHash, k -> new AtomicInteger()).getAndIncrement();
  }

  /** Forgets every key. */
  public void clear() {
    attempts.clear();
  }
}
