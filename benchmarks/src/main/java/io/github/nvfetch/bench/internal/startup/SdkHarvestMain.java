package io.github.nvfetch.bench.internal.startup;

import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.reactor.NeuroVaultClient;
import java.nio.file.Path;
import java.time.Duration;
import reactor.netty.http.HttpResources;

/**
 * The SDK's short harvest in a fresh JVM, for the start-up timeline: {@code SdkHarvestMain <base
 * URL> <Neurosynth URL> <data dir> <images> <downloads> <requests/s>}. Harvests with nilearn's
 * default terms; exits 0 when {@code images} images were fetched, 1 otherwise. Like an application
 * that exits right after its harvest should (README, "Exiting right after a harvest"), it stops
 * Reactor Netty's shared event loops first: the JVM's exit would wait up to 300 ms for them.
 */
public final class SdkHarvestMain {

  private SdkHarvestMain() {}

  /** Runs the harvest. */
  public static void main(String[] args) {
    int images = Integer.parseInt(args[3]);
    long fetched =
        harvest(
            args[0],
            args[1],
            Path.of(args[2]),
            images,
            Integer.parseInt(args[4]),
            Double.parseDouble(args[5]));
    HttpResources.disposeLoopsAndConnectionsLater(Duration.ZERO, Duration.ofSeconds(2))
        .block(Duration.ofSeconds(3));
    System.exit(fetched == images ? 0 : 1);
  }

  /**
   * The harvest of the timeline: a fresh client (10 connections), {@code fetch} with nilearn's
   * default terms and {@code maxImages = images}, closed at the end.
   *
   * @return the images fetched
   */
  public static long harvest(
      String baseUrl, String neurosynthUrl, Path dataDir, int images, int downloads, double rate) {
    try (NeuroVaultClient client =
        NeuroVaultClient.builder()
            .baseUrl(baseUrl)
            .neurosynthUrl(neurosynthUrl)
            .downloadConcurrency(downloads)
            .requestsPerSecond(rate)
            .maxConnections(10)
            .build()) {
      FetchRequest request = FetchRequest.builder().dataDir(dataDir).maxImages(images).build();
      return client.fetch(request).count().block(Duration.ofHours(1));
    }
  }
}
