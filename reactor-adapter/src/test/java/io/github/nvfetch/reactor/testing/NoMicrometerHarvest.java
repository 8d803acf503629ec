package io.github.nvfetch.reactor.testing;

import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.NeuroVaultDataset;
import io.github.nvfetch.reactor.NeuroVaultClient;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A harvest started by reflection in a class loader without Micrometer (MicrometerIsolationTest).
 */
public final class NoMicrometerHarvest {

  private NoMicrometerHarvest() {}

  /** Harvests {@code maxImages} images; returns how many were fetched. */
  public static int run(String baseUrl, String neurosynthUrl, String dataDir, int maxImages) {
    try (NeuroVaultClient client =
        NeuroVaultClient.builder()
            .baseUrl(baseUrl)
            .neurosynthUrl(neurosynthUrl)
            .requestsPerSecond(1000)
            .build()) {
      NeuroVaultDataset data =
          client
              .fetchDataset(
                  FetchRequest.builder().dataDir(Path.of(dataDir)).maxImages(maxImages).build())
              .block(Duration.ofMinutes(1));
      return data.fetched().size();
    }
  }
}
