package io.github.nvfetch.reactor.internal.resilience;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Waiters kept per {@link FairLane} and taken round-robin: the lane served last goes to the back,
 * so with {@code n} lanes waiting each is served at least once every {@code n} turns, however many
 * waiters the others queued. Within a lane, arrival order. Not thread-safe: its owners guard it.
 *
 * @param <W> the waiter type
 */
final class FairQueue<W> {

  private final Map<FairLane, ArrayDeque<W>> lanes = new LinkedHashMap<>();

  void add(FairLane lane, W waiter) {
    lanes.computeIfAbsent(lane, l -> new ArrayDeque<>()).add(waiter);
  }

  void remove(FairLane lane, W waiter) {
    ArrayDeque<W> queue = lanes.get(lane);
    if (queue != null && queue.remove(waiter) && queue.isEmpty()) {
      lanes.remove(lane);
    }
  }

  boolean isEmpty() {
    return lanes.isEmpty();
  }

  /** The next waiter, from the lane whose turn it is; {@code null} when none waits. */
  W poll() {
    Iterator<Map.Entry<FairLane, ArrayDeque<W>>> turns = lanes.entrySet().iterator();
    if (!turns.hasNext()) {
      return null;
    }
    Map.Entry<FairLane, ArrayDeque<W>> turn = turns.next();
    turns.remove();
    W next = turn.getValue().poll();
    if (!turn.getValue().isEmpty()) {
      lanes.put(turn.getKey(), turn.getValue());
    }
    return next;
  }
}
