package io.github.nvfetch.examples.service;

import io.github.nvfetch.core.HarvestRequest;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The service's harvests, by id: every running one and the most recent ended ones (bounded, so a
 * long-lived service does not grow).
 */
final class HarvestRegistry {

  private static final int ENDED_KEPT = 256;

  private final AtomicLong ids = new AtomicLong();
  private final Map<Long, ProgressTracker> harvests = new ConcurrentSkipListMap<>();

  /** Registers a new harvest and returns its tracker. */
  ProgressTracker open(HarvestRequest request) {
    ProgressTracker tracker = new ProgressTracker(ids.incrementAndGet(), request);
    harvests.put(tracker.id(), tracker);
    evictEnded();
    return tracker;
  }

  Optional<ProgressTracker> find(long id) {
    return Optional.ofNullable(harvests.get(id));
  }

  long running() {
    return harvests.values().stream().filter(ProgressTracker::running).count();
  }

  private void evictEnded() {
    long ended = harvests.values().stream().filter(t -> !t.running()).count();
    Iterator<ProgressTracker> oldestFirst = harvests.values().iterator();
    while (ended > ENDED_KEPT && oldestFirst.hasNext()) {
      if (!oldestFirst.next().running()) {
        oldestFirst.remove();
        ended--;
      }
    }
  }
}
