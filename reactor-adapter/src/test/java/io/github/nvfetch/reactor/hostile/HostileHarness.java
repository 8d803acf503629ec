package io.github.nvfetch.reactor.hostile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.FailedImage;
import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.FetchedImage;
import io.github.nvfetch.core.IdsRequest;
import io.github.nvfetch.core.ImageOutcome;
import io.github.nvfetch.core.store.LocalStore;
import io.github.nvfetch.reactor.HarvestListener;
import io.github.nvfetch.reactor.NeuroVaultClient;
import io.github.nvfetch.reactor.NeuroVaultClientBuilder;
import io.github.nvfetch.reactor.RetrySettings;
import io.github.nvfetch.testkit.hostile.HostileServer;
import io.github.nvfetch.testkit.hostile.HostileSite;
import io.github.nvfetch.testkit.junit.StoreContents;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A {@link HostileServer} serving a {@link HostileSite}, a client pointed at it, and the checks
 * every hostile case ends with: what was stored is byte for byte the intended body of its own
 * image, nothing partial is left, and the harvest ended (every wait is bounded).
 */
final class HostileHarness implements AutoCloseable {

  static final Duration BOUND = Duration.ofSeconds(60);

  final HostileServer server = HostileServer.start();
  final HostileSite site = HostileSite.on(server);

  /** A client with quick retries and one connection, so that connections are reused. */
  NeuroVaultClientBuilder clientBuilder() {
    return NeuroVaultClient.builder()
        .baseUrl(server.baseUrl())
        .neurosynthUrl(server.baseUrl() + "/decode/")
        .requestsPerSecond(1000)
        .downloadConcurrency(1)
        .maxConnections(1)
        .responseTimeout(Duration.ofSeconds(5))
        .fileTimeout(Duration.ofSeconds(20))
        .retry(
            RetrySettings.builder()
                .maxAttempts(3)
                .initialBackoff(Duration.ofMillis(10))
                .maxBackoff(Duration.ofMillis(50))
                .build());
  }

  /**
   * Loads the HTTP stack's classes with a patient client, so that a test with a timeout of seconds
   * measures the server, not a cold JVM on a busy machine.
   */
  static void warmUp(HostileHarness h) {
    try (NeuroVaultClient client =
        h.clientBuilder().responseTimeout(Duration.ofSeconds(30)).build()) {
      client.collections().collectList().block(BOUND);
    }
  }

  static FetchRequest everything(Path dataDir) {
    return FetchRequest.builder().dataDir(dataDir).noLimit().build();
  }

  static List<ImageOutcome> run(NeuroVaultClient client, FetchRequest request) {
    return client.fetchOutcomes(request, HarvestListener.NONE).collectList().block(BOUND);
  }

  static List<ImageOutcome> run(NeuroVaultClient client, IdsRequest request) {
    return client.fetchIdsOutcomes(request, HarvestListener.NONE).collectList().block(BOUND);
  }

  static List<Long> fetchedIds(List<ImageOutcome> outcomes) {
    return outcomes.stream()
        .filter(ImageOutcome::isSuccess)
        .map(o -> ((FetchedImage) o).imageId())
        .collect(Collectors.toList());
  }

  static List<FailedImage> failures(List<ImageOutcome> outcomes) {
    return outcomes.stream()
        .filter(o -> !o.isSuccess())
        .map(o -> (FailedImage) o)
        .collect(Collectors.toList());
  }

  /**
   * Asserts each listed image's file on disk is exactly its intended body (never another image's
   * bytes, never torn), and that no other image file is on disk.
   */
  void assertStoredExactly(Path dataDir, List<Long> imageIds) {
    LocalStore store = LocalStore.at(dataDir);
    for (long id : imageIds) {
      Path file = store.imageFile(site.collectionOf(id), id);
      assertTrue(Files.isRegularFile(file), "image " + id + " is on disk");
      try {
        assertArrayEquals(site.bytes(id), Files.readAllBytes(file), "bytes of image " + id);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    assertEquals(imageIds.stream().sorted().toList(), imagesOnDisk(dataDir), "image files");
  }

  static List<Long> imagesOnDisk(Path dataDir) {
    return walk(dataDir).stream()
        .map(p -> p.getFileName().toString())
        .filter(n -> n.matches("image_\\d+\\.nii\\.gz"))
        .map(n -> Long.parseLong(n.substring(6, n.length() - 7)))
        .sorted()
        .collect(Collectors.toList());
  }

  static void assertNoLeftovers(Path dataDir) {
    assertEquals(List.of(), StoreContents.leftovers(dataDir), "partial files left behind");
  }

  private static List<Path> walk(Path dataDir) {
    if (!Files.exists(dataDir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dataDir)) {
      return files.filter(Files::isRegularFile).collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
