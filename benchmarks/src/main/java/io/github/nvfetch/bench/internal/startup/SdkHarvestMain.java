package io.github.nvfetch.bench.internal.startup;

import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.reactor.NeuroVaultClient;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The SDK's short harvest in a fresh JVM, for the start-up timeline:
 * {@code SdkHarvestMain <base URL> <Neurosynth URL> <data dir> <images> <downloads> <requests/s>}. Harvests with
 * nilearn's default terms; exits 0 when {@code images} images were fetched, 1 otherwise.
 */
public final class SdkHarvestMain {

  private SdkHarvestMain() {
  }

  /** Runs the harvest. */
  public static void main(String[] args) {
    int images = Integer.parseInt(args[3]);
    long fetched;
    try (NeuroVaultClient client = NeuroVaultClient.builder().baseUrl(args[0]).neurosynthUrl(args[1])
        .downloadConcurrency(Integer.parseInt(args[4])).requestsPerSecond(Double.parseDouble(args[5]))
        .maxConnections(10).build()) {
      FetchRequest request = FetchRequest.builder().dataDir(Path.of(args[2])).maxImages(images).build();
      fetched = client.fetch(request).count().block(Duration.ofHours(1));
    }
    System.exit(fetched == images ? 0 : 1);
  }
}
