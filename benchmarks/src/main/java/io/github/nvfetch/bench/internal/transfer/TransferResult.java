package io.github.nvfetch.bench.internal.transfer;

import java.util.Map;

/**
 * One measured transfer run.
 *
 * @param client who downloaded ({@code nvfetch SDK}, {@code curl > /dev/null}, {@code curl >
 *     files})
 * @param parallel downloads in flight
 * @param files files downloaded
 * @param bytes body bytes the replica sent
 * @param wallSeconds wall time of the run
 * @param cpuSeconds CPU seconds of the client process(es)
 * @param replicaCpuSeconds CPU seconds of the replica process during the run
 * @param cpuByThread the client's CPU seconds per thread group (the SDK's only; empty for curl)
 */
public record TransferResult(
    String client,
    int parallel,
    int files,
    long bytes,
    double wallSeconds,
    double cpuSeconds,
    double replicaCpuSeconds,
    Map<String, Double> cpuByThread) {

  /** Copies the map. */
  public TransferResult {
    cpuByThread = Map.copyOf(cpuByThread);
  }

  /** Megabytes (10^6 bytes) per second of wall time. */
  public double megabytesPerSecond() {
    return bytes / 1e6 / wallSeconds;
  }

  /** Client CPU seconds per gigabyte (10^9 bytes) transferred. */
  public double cpuSecondsPerGigabyte() {
    return cpuSeconds / (bytes / 1e9);
  }
}
