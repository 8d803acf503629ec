package io.github.nvfetch.reactor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.FetchedImage;
import io.github.nvfetch.core.NeuroVaultDataset;
import io.github.nvfetch.reactor.NeuroVaultClient;
import io.github.nvfetch.testkit.CorpusSpec;
import io.github.nvfetch.testkit.Faults;
import io.github.nvfetch.testkit.ReplicaStats;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.search.Search;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client's Micrometer meters after a replica harvest: their values, not just their names. */
class MetricsTest {

  private static final CorpusSpec SPEC =
      CorpusSpec.builder().seed(9).collections(8).images(120).build();

  @TempDir Path dataDir;

  private static long bytesOnDisk(NeuroVaultDataset data) {
    return data.fetched().stream()
        .map(FetchedImage::file)
        .mapToLong(
            file -> {
              try {
                return Files.size(file);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        .sum();
  }

  private static double count(Search search) {
    return search.timers().stream().mapToLong(t -> t.count()).sum()
        + search.counters().stream().mapToDouble(c -> c.count()).sum();
  }

  @Test
  void metersCountWhatTheHarvestDidAndWhatTheReplicaSaw() {
    Faults throttling =
        Faults.builder().seed(3).tooManyRequestsRate(0.15).retryAfterSeconds(0).build();
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    NeuroVaultDataset data;
    ReplicaStats stats;
    try (Replica replica = Replica.start(SPEC, throttling);
        NeuroVaultClient client =
            replica
                .clientBuilder()
                .requestsPerSecond(20)
                .meterRegistry(registry)
                .nettyMetrics(true)
                .build()) {
      data =
          client
              .fetchDataset(FetchRequest.builder().dataDir(dataDir).maxImages(12).build())
              .block(Duration.ofMinutes(2));
      replica.server.awaitIdle(Duration.ofSeconds(10));
      stats = replica.server.stats();
    }

    assertEquals(
        12, registry.get("nvfetch.images.fetched").tag("origin", "downloaded").counter().count());
    assertEquals(data.failures().size(), count(registry.find("nvfetch.images.failed")));
    assertEquals(
        bytesOnDisk(data),
        registry.get("nvfetch.bytes.received").counter().count(),
        "bytes counted = bytes on disk (a 429 has no file body)");
    assertEquals(
        12 + data.failures().size(),
        registry
                .get("nvfetch.requests")
                .tag("kind", "file")
                .tag("outcome", "success")
                .timer()
                .count()
            + count(
                registry.find("nvfetch.requests").tag("kind", "file").tag("outcome", "not_found")));

    long throttled = stats.requestsWithStatus(429);
    assertTrue(throttled > 0, "the fault profile throttled some requests");
    assertEquals(
        throttled, registry.get("nvfetch.throttled").tag("status", "429").counter().count());
    assertEquals(throttled, count(registry.find("nvfetch.requests").tag("outcome", "http_429")));
    assertEquals(throttled, count(registry.find("nvfetch.retries")), "every 429 was retried");
    assertEquals(
        stats.requestsTotal(),
        count(registry.find("nvfetch.requests")),
        "one timed request per request the replica saw");
    assertTrue(
        registry
                .get("nvfetch.requests")
                .tag("kind", "page")
                .tag("outcome", "success")
                .timer()
                .totalTime(java.util.concurrent.TimeUnit.NANOSECONDS)
            > 0);

    assertEquals(0, registry.get("nvfetch.downloads.active").gauge().value());
    assertEquals(
        1,
        registry
            .get("nvfetch.circuitbreaker.state")
            .tag("name", "neurovault")
            .tag("state", "closed")
            .gauge()
            .value());
    assertTrue(
        registry.get("nvfetch.ratelimiter.waits").timer().count() > 0,
        "at 20 requests/s, the requests beyond the burst of 5 wait for the limiter");
    assertTrue(
        registry.find("reactor.netty.http.client.data.received").meters().stream()
            .map(Meter::getId)
            .anyMatch(id -> "/media/{file}".equals(id.getTag("uri"))),
        "Reactor Netty's own meters, by path template");
    assertTrue(
        registry.getMeters().stream()
            .map(m -> m.getId().getName())
            .allMatch(name -> name.startsWith("nvfetch.") || name.startsWith("reactor.netty.")));
  }
}
