package io.github.nvfetch.testkit.internal.stats;

import java.util.Arrays;

/**
 * The most events seen within any sliding window: at every event, counts the events in {@code (t -
 * window, t]}; the maximum over all events is the maximum over all windows of that length. Memory
 * is bounded by the peak count. Thread-safe.
 */
public final class SlidingWindow {

  private final long windowNanos;
  private long[] times = new long[64];
  private int head;
  private int size;
  private long peak;

  /** Creates a window of the given length in nanoseconds. */
  public SlidingWindow(long windowNanos) {
    this.windowNanos = windowNanos;
  }

  /** Records an event at {@code nanos} (monotonic, non-decreasing per caller). */
  public synchronized void record(long nanos) {
    while (size > 0 && times[head] <= nanos - windowNanos) {
      head = (head + 1) % times.length;
      size--;
    }
    if (size == times.length) {
      grow();
    }
    times[(head + size) % times.length] = nanos;
    size++;
    peak = Math.max(peak, size);
  }

  /** The largest count seen in any window. */
  public synchronized long peak() {
    return peak;
  }

  /** Forgets everything. */
  public synchronized void reset() {
    head = 0;
    size = 0;
    peak = 0;
  }

  private void grow() {
    long[] bigger = new long[times.length * 2];
    for (int i = 0; i < size; i++) {
      bigger[i] = times[(head + i) % times.length];
    }
    Arrays.fill(bigger, size, bigger.length, 0L);
    times = bigger;
    head = 0;
  }
}
