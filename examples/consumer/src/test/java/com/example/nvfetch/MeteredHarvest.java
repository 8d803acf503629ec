package com.example.nvfetch;

import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.NeuroVaultDataset;
import io.github.nvfetch.reactor.NeuroVaultClient;
import io.github.nvfetch.reactor.ProgressTracker;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;

/**
 * README, "Metrics": a harvest measured into a Micrometer registry, its progress printed every
 * second, then every meter printed (in the test sources: micrometer-core is a test dependency of
 * this project).
 */
final class MeteredHarvest {

  private MeteredHarvest() {}

  /** Twenty images from {@code baseUrl} into {@code dataDir}; returns the registry. */
  static MeterRegistry run(String baseUrl, Path dataDir) {
    MeterRegistry registry = new SimpleMeterRegistry();   // or your application's registry
    try (NeuroVaultClient client = NeuroVaultClient.builder()
        .baseUrl(baseUrl)
        .meterRegistry(registry)             // meters named nvfetch.*, in the table below
        .build()) {
      FetchRequest request = FetchRequest.builder().maxImages(20).dataDir(dataDir).build();
      ProgressTracker progress = ProgressTracker.of(request);   // a HarvestListener
      progress.samples(Duration.ofSeconds(1)).subscribe(p -> System.out.println(p));
      NeuroVaultDataset data = client.fetchDataset(request, progress).block();
      System.out.println(data.fetched().size() + " images, " + progress.snapshot());
    }
    registry.getMeters().forEach(meter -> System.out.println(meter.getId() + " " + meter.measure()));
    return registry;
  }
}
