package io.github.nvfetch.bench.internal.harvest;

import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.FetchedImage;
import io.github.nvfetch.core.ImageOutcome;
import io.github.nvfetch.reactor.NeuroVaultClient;
import io.github.nvfetch.reactor.NeuroVaultClientBuilder;
import io.github.nvfetch.testkit.ReplicaServer;
import io.github.nvfetch.testkit.ReplicaStats;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import reactor.netty.resources.ConnectionProvider;

/**
 * Runs one scenario against a running replica: resets the replica's counters and limiter, harvests
 * with a fresh client into a fresh data directory (nilearn's default terms, {@code maxImages} = the
 * scenario's images), then reads the replica's counters and request log.
 */
public final class ScenarioRunner {

  private static final Duration TIMEOUT = Duration.ofHours(3);

  private final ReplicaServer server;

  /** Creates a runner for a replica. */
  public ScenarioRunner(ReplicaServer server) {
    this.server = server;
  }

  /** Runs a scenario, harvesting into {@code dataDir} (which should be empty). */
  public ScenarioResult run(HarvestScenario scenario, Path dataDir) {
    server.setFaults(server.faults());
    server.resetStats();
    HarvestCounters counters = new HarvestCounters();
    ConnectionProvider single =
        scenario.singleConnection()
            ? ConnectionProvider.builder("sequential")
                .maxConnections(1)
                .pendingAcquireMaxCount(-1)
                .pendingAcquireTimeout(TIMEOUT)
                .build()
            : null;
    long start;
    long end;
    long fetched;
    try (NeuroVaultClient client = client(scenario, single)) {
      FetchRequest request =
          FetchRequest.builder().dataDir(dataDir).maxImages(scenario.images()).build();
      start = System.nanoTime();
      List<ImageOutcome> outcomes =
          client.fetchOutcomes(request, counters).collectList().block(TIMEOUT);
      end = System.nanoTime();
      fetched =
          outcomes == null ? 0 : outcomes.stream().filter(FetchedImage.class::isInstance).count();
    } finally {
      if (single != null) {
        single.disposeLater().block(Duration.ofSeconds(10));
      }
    }
    server.awaitIdle(Duration.ofSeconds(30));
    ReplicaStats stats = server.stats();
    double wall = (end - start) / 1e9;
    RequestLogFigures log = RequestLogFigures.of(server.requestLog(), wall);
    double pagesPerImage = fetched == 0 ? 0 : (double) log.pageRequests() / fetched;
    return new ScenarioResult(
        scenario,
        fetched,
        counters.failures(),
        wall,
        counters.retries(),
        stats,
        log,
        PhysicalLimit.of(scenario, server.faults(), pagesPerImage));
  }

  private NeuroVaultClient client(HarvestScenario scenario, ConnectionProvider single) {
    NeuroVaultClientBuilder builder =
        NeuroVaultClient.builder()
            .baseUrl(server.baseUrl())
            .neurosynthUrl(server.neurosynthUrl())
            .requestsPerSecond(scenario.requestsPerSecond())
            .downloadConcurrency(scenario.downloadConcurrency())
            .maxConnections(scenario.maxConnections());
    if (single != null) {
      builder.connectionProvider(single);
    }
    return builder.build();
  }
}
