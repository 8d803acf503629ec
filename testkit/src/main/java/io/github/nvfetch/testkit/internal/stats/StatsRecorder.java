package io.github.nvfetch.testkit.internal.stats;

import io.github.nvfetch.testkit.ReplicaStats;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/** The replica's counters and gauges. Lock-free except the sliding window. Thread-safe. */
public final class StatsRecorder {

  private final ConcurrentHashMap<String, LongAdder> byRoute = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, LongAdder> byStatus = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, LongAdder> faults = new ConcurrentHashMap<>();
  private final LongAdder total = new LongAdder();
  private final LongAdder bytesSent = new LongAdder();
  private final LongAdder rateRejections = new LongAdder();
  private final LongAdder inFlightRejections = new LongAdder();
  private final AtomicLong openConnections = new AtomicLong();
  private final AtomicLong peakConnections = new AtomicLong();
  private final AtomicLong inFlight = new AtomicLong();
  private final AtomicLong peakInFlight = new AtomicLong();
  private final SlidingWindow perSecond = new SlidingWindow(1_000_000_000L);
  private final Object idle = new Object();
  private volatile Instant since = Instant.now();

  /** A TCP connection opened. */
  public void connectionOpened() {
    peakConnections.accumulateAndGet(openConnections.incrementAndGet(), Math::max);
  }

  /** A TCP connection closed. */
  public void connectionClosed() {
    openConnections.decrementAndGet();
  }

  /** A counted request arrived at {@code nanos}. */
  public void requestStarted(String route, long nanos) {
    total.increment();
    count(byRoute, route);
    peakInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
    perSecond.record(nanos);
  }

  /** A counted request ended. */
  public void requestFinished(int status, long bytes) {
    count(byStatus, Integer.toString(status));
    bytesSent.add(bytes);
    if (inFlight.decrementAndGet() == 0) {
      synchronized (idle) {
        idle.notifyAll();
      }
    }
  }

  /**
   * Waits until no counted request is in flight (so every answered request is counted and logged).
   * For test threads only: it blocks.
   *
   * @param timeoutMillis the longest wait
   * @return whether the server became idle in time
   * @throws InterruptedException if interrupted while waiting
   */
  public boolean awaitIdle(long timeoutMillis) throws InterruptedException {
    long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
    synchronized (idle) {
      while (inFlight.get() > 0) {
        long left = (deadline - System.nanoTime()) / 1_000_000L;
        if (left <= 0) {
          return false;
        }
        idle.wait(left);
      }
    }
    return true;
  }

  /** The limiter rejected a request ({@code rate}: by limit_req, else by limit_conn). */
  public void limiterRejected(boolean rate) {
    (rate ? rateRejections : inFlightRejections).increment();
  }

  /** A fault was injected. */
  public void faultInjected(String kind) {
    count(faults, kind);
  }

  /** Zeroes counters and peaks (peaks restart from the current gauges). */
  public void reset() {
    byRoute.clear();
    byStatus.clear();
    faults.clear();
    total.reset();
    bytesSent.reset();
    rateRejections.reset();
    inFlightRejections.reset();
    peakConnections.set(openConnections.get());
    peakInFlight.set(inFlight.get());
    perSecond.reset();
    since = Instant.now();
  }

  /** A snapshot. */
  public ReplicaStats snapshot() {
    long rate = rateRejections.sum();
    long conn = inFlightRejections.sum();
    return new ReplicaStats(
        since,
        total.sum(),
        sums(byRoute),
        sums(byStatus),
        peakConnections.get(),
        openConnections.get(),
        peakInFlight.get(),
        inFlight.get(),
        perSecond.peak(),
        rate + conn,
        rate,
        conn,
        bytesSent.sum(),
        sums(faults));
  }

  private static void count(ConcurrentHashMap<String, LongAdder> map, String key) {
    map.computeIfAbsent(key, k -> new LongAdder()).increment();
  }

  private static Map<String, Long> sums(ConcurrentHashMap<String, LongAdder> map) {
    Map<String, Long> out = new TreeMap<>();
    map.forEach((k, v) -> out.put(k, v.sum()));
    return out;
  }
}
