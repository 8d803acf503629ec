package io.github.nvfetch.bench.internal.harvest;

/**
 * One way of harvesting: the client settings of a scenario of the throughput benchmark.
 *
 * @param name a short name for the table
 * @param description what the settings are
 * @param requestsPerSecond the client's rate limit
 * @param downloadConcurrency image files in flight at most
 * @param maxConnections the client's connection bound as configured (the client raises it to {@code
 *     downloadConcurrency + 1})
 * @param singleConnection whether every request goes through one pooled connection (one request at
 *     a time)
 * @param images images to fetch ({@code maxImages})
 */
public record HarvestScenario(
    String name,
    String description,
    double requestsPerSecond,
    int downloadConcurrency,
    int maxConnections,
    boolean singleConnection,
    int images) {

  /** The client's default settings: 8 requests/s, 4 downloads, 6 connections. */
  public static HarvestScenario defaults(int images) {
    return new HarvestScenario(
        "default", "SDK defaults: 8 req/s, 4 downloads, 6 connections", 8, 4, 6, false, images);
  }

  /** Settings tuned to NeuroVault's nginx limits: 9.5 requests/s, 9 downloads, 10 connections. */
  public static HarvestScenario tuned(int images) {
    return new HarvestScenario(
        "tuned", "9.5 req/s, 9 downloads, 10 connections", 9.5, 9, 10, false, images);
  }

  /**
   * nilearn's strategy: one request at a time (one pooled connection, one download), no client-side
   * rate limit (nilearn has none; one request at a time never reaches nginx's rate anyway).
   */
  public static HarvestScenario sequential(int images) {
    return new HarvestScenario(
        "sequential",
        "nilearn's strategy: 1 download, 1 connection, one request at a time",
        1000,
        1,
        1,
        true,
        images);
  }

  /** The connections the client may open. */
  public int effectiveConnections() {
    return singleConnection ? 1 : Math.max(maxConnections, downloadConcurrency + 1);
  }
}
