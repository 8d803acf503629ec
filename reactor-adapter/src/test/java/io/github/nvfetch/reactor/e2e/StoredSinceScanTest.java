package io.github.nvfetch.reactor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.FetchedImage;
import io.github.nvfetch.core.ImageOutcome;
import io.github.nvfetch.reactor.NeuroVaultClient;
import io.github.nvfetch.testkit.CorpusSpec;
import io.github.nvfetch.testkit.Faults;
import io.github.nvfetch.testkit.Latency;
import io.github.nvfetch.testkit.RouteClass;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Issue 17's coalescing gap: a harvest whose local scan ran before another harvest stored an image,
 * and that reaches the image after that download ended, does not download it again. The second
 * harvest's server answers its pages slowly, so it scans (an empty store), then waits for its pages
 * while the first harvest stores every image, then reaches them.
 */
class StoredSinceScanTest {

  private static final CorpusSpec SPEC =
      CorpusSpec.builder().seed(17).collections(4).images(40).build();

  @TempDir Path dataDir;

  @Test
  void anImageStoredAfterTheScanIsNotDownloadedAgain() {
    try (Replica fast = Replica.start(SPEC);
        Replica slowPages =
            Replica.start(
                SPEC,
                Faults.builder().latency(RouteClass.API_PAGE, Latency.ofMillis(1500, 0)).build());
        NeuroVaultClient first = fast.client();
        NeuroVaultClient second = slowPages.client()) {
      FetchRequest request = FetchRequest.builder().dataDir(dataDir).maxImages(5).build();

      CompletableFuture<List<ImageOutcome>> late =
          second.fetchOutcomes(request, event -> {}).collectList().toFuture();
      firstRequestOf(slowPages);
      List<ImageOutcome> early =
          first.fetchOutcomes(request, event -> {}).collectList().block(Duration.ofMinutes(1));
      List<ImageOutcome> reached = Mono.fromFuture(late).block(Duration.ofMinutes(1));

      assertEquals(5, early.size());
      assertEquals(ids(early), ids(reached), "both harvests select the same images");
      assertTrue(
          reached.stream()
              .allMatch(
                  o ->
                      o instanceof FetchedImage fetched
                          && fetched.origin() != FetchedImage.Origin.LOCAL_STORE),
          "the second harvest's scan ran before the first stored anything: " + reached);
      assertEquals(5, files(fast), "the first harvest downloaded each image once");
      assertEquals(0, files(slowPages), "the second found them stored: no download again");
      fast.assertStoredIdentical(dataDir, ids(early));
      fast.assertNoLeftovers(dataDir);
    }
  }

  /** Waits until the replica saw its first request (its harvest's scan is done by then). */
  private static void firstRequestOf(Replica replica) {
    Flux.interval(Duration.ofMillis(10))
        .filter(tick -> !replica.server.requestLog().isEmpty())
        .next()
        .block(Duration.ofSeconds(30));
  }

  private static long files(Replica replica) {
    return replica.server.requestLog().stream().filter(r -> r.route().equals("media_file")).count();
  }

  private static List<Long> ids(List<ImageOutcome> outcomes) {
    return outcomes.stream().map(ImageOutcome::imageId).toList();
  }
}
