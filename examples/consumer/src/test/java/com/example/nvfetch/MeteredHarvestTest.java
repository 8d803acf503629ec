package com.example.nvfetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.testkit.CorpusSpec;
import io.github.nvfetch.testkit.ReplicaServer;
import io.github.nvfetch.testkit.ReplicaStats;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's metered harvest against the testkit replica: the meters agree with the replica. */
class MeteredHarvestTest {

  @TempDir Path dataDir;

  private static long storedBytes(Path dataDir) throws IOException {
    try (Stream<Path> files = Files.walk(dataDir)) {
      return files.filter(file -> file.getFileName().toString().endsWith(".nii.gz"))
          .mapToLong(file -> file.toFile().length()).sum();
    }
  }

  @Test
  void metersCountTheHarvestTheReplicaServed() throws IOException {
    MeterRegistry registry;
    ReplicaStats stats;
    try (ReplicaServer replica = ReplicaServer.builder()
        .corpus(CorpusSpec.builder().seed(7).collections(6).images(60).build()).port(0).start()) {
      registry = MeteredHarvest.run(replica.baseUrl(), dataDir);
      replica.awaitIdle(Duration.ofSeconds(10));
      stats = replica.stats();
    }

    assertEquals(20, registry.get("nvfetch.images.fetched").tag("origin", "downloaded")
        .counter().count());
    assertEquals(storedBytes(dataDir), registry.get("nvfetch.bytes.received").counter().count(),
        "bytes counted = bytes stored");
    long timed = registry.get("nvfetch.requests").timers().stream().mapToLong(Timer::count)
        .sum();
    assertEquals(stats.requestsTotal(), timed, "one timed request per request the replica saw");
    assertEquals(stats.requestsByRoute().get("media_file"), registry.get("nvfetch.requests")
        .tag("kind", "file").tag("outcome", "success").timer().count());
    assertTrue(registry.getMeters().stream()
        .allMatch(meter -> meter.getId().getName().startsWith("nvfetch.")),
        "every meter is the SDK's");
  }
}
