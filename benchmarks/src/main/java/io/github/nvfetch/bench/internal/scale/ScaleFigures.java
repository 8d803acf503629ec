package io.github.nvfetch.bench.internal.scale;

import java.util.Map;

/**
 * What one scale run measured inside its JVM; written by the worker as one JSON line, read by the
 * parent.
 *
 * @param mode {@code stream} or {@code dataset}
 * @param imageRecords image records the client read from list pages
 * @param collections collection records the client read from list pages
 * @param pages list pages read
 * @param fetched images fetched (downloaded and verified)
 * @param failed images that failed
 * @param wallSeconds from subscription to completion
 * @param cpuSeconds process CPU time during the run
 * @param peakHeapUsed highest sampled heap use, bytes
 * @param peakHeapAfterGc highest heap use right after a collection, bytes
 * @param reachableBefore heap reachable after a full collection before the run, bytes
 * @param reachableAfter heap reachable after a full collection at the end, the result still
 *     referenced, bytes
 * @param maxHeap the heap's maximum size ({@code -Xmx}), bytes
 * @param peakRss peak resident set size of the process ({@code VmHWM}), bytes
 * @param gcCount garbage collections during the run
 * @param gcMillis time in garbage collections during the run, ms
 * @param cpuByThread CPU seconds during the run per thread group (see {@code ThreadCpu})
 */
public record ScaleFigures(
    String mode,
    long imageRecords,
    long collections,
    long pages,
    long fetched,
    long failed,
    double wallSeconds,
    double cpuSeconds,
    long peakHeapUsed,
    long peakHeapAfterGc,
    long reachableBefore,
    long reachableAfter,
    long maxHeap,
    long peakRss,
    long gcCount,
    long gcMillis,
    Map<String, Double> cpuByThread) {

  /** Copies the map. */
  public ScaleFigures {
    cpuByThread = Map.copyOf(cpuByThread);
  }
}
