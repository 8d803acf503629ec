package io.github.nvfetch.bench.internal.startup;

/**
 * The arithmetic for the fastest possible short harvest: {@code concurrency} files in
 * flight at the replica's file latency (this run's server mean), plus the first pages and the last
 * files' tail (2 x the profile's 0.3 s page latency), plus a JVM start-up of 0.7 s when the run
 * includes one.
 */
public final class TimelineLimit {

  /** A JVM's start-up as the issue counts it. */
  public static final double STARTUP_SECONDS = 0.7;

  /** The first pages and the last files' tail: two page latencies of the neurovault profile. */
  public static final double PAGES_AND_TAIL_SECONDS = 0.6;

  private TimelineLimit() {}

  /** The shortest wall time, in seconds. */
  public static double seconds(
      int images, int concurrency, double meanFileSeconds, boolean startup) {
    return (startup ? STARTUP_SECONDS : 0)
        + PAGES_AND_TAIL_SECONDS
        + images * meanFileSeconds / concurrency;
  }

  /** The formula, for the report. */
  public static String formula() {
    return "limit = "
        + STARTUP_SECONDS
        + " s JVM start-up (child JVMs only) + "
        + PAGES_AND_TAIL_SECONDS
        + " s first pages and tail + images x (the run's server mean file s) / 9 in flight";
  }
}
