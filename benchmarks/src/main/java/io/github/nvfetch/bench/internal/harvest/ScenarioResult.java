package io.github.nvfetch.bench.internal.harvest;

import io.github.nvfetch.testkit.ReplicaStats;

/**
 * The outcome of one scenario of the throughput benchmark.
 *
 * @param scenario the settings
 * @param fetched images fetched
 * @param failed images that failed
 * @param wallSeconds from subscription to completion
 * @param retries retries the client scheduled
 * @param stats the replica's counters for the run
 * @param log figures from the replica's request log
 * @param limit the physical limit of the scenario
 */
public record ScenarioResult(
    HarvestScenario scenario,
    long fetched,
    long failed,
    double wallSeconds,
    long retries,
    ReplicaStats stats,
    RequestLogFigures log,
    PhysicalLimit limit) {

  /** Images fetched per second of wall time. */
  public double imagesPerSecond() {
    return wallSeconds > 0 ? fetched / wallSeconds : 0;
  }

  /** Images per second divided by the physical limit. */
  public double ratioToLimit() {
    return imagesPerSecond() / limit.value();
  }
}
