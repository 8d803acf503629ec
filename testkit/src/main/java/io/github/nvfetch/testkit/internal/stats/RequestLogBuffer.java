package io.github.nvfetch.testkit.internal.stats;

import io.github.nvfetch.testkit.LoggedRequest;
import java.util.ArrayList;
import java.util.List;

/** A bounded ring buffer of the latest requests. Thread-safe. */
public final class RequestLogBuffer {

  private final LoggedRequest[] entries;
  private long written;

  /** Creates a buffer keeping the latest {@code capacity} requests (0 keeps none). */
  public RequestLogBuffer(int capacity) {
    this.entries = new LoggedRequest[capacity];
  }

  /** Appends one request, evicting the oldest when full. */
  public synchronized void add(LoggedRequest request) {
    if (entries.length == 0) {
      return;
    }
    entries[(int) (written % entries.length)] = request;
    written++;
  }

  /** The kept requests, oldest first. */
  public synchronized List<LoggedRequest> snapshot() {
    int n = (int) Math.min(written, entries.length);
    List<LoggedRequest> out = new ArrayList<>(n);
    for (long i = written - n; i < written; i++) {
      out.add(entries[(int) (i % entries.length)]);
    }
    return out;
  }

  /** Empties the buffer. */
  public synchronized void clear() {
    java.util.Arrays.fill(entries, null);
    written = 0;
  }
}
