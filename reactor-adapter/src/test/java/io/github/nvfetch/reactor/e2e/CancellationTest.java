package io.github.nvfetch.reactor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.FetchedImage;
import io.github.nvfetch.reactor.HarvestEvent;
import io.github.nvfetch.reactor.NeuroVaultClient;
import io.github.nvfetch.testkit.CorpusSpec;
import io.github.nvfetch.testkit.Faults;
import io.github.nvfetch.testkit.Latency;
import io.github.nvfetch.testkit.RouteClass;
import io.github.nvfetch.testkit.junit.StoreContents;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.Disposable;
import reactor.test.StepVerifier;

/** Cancelling a harvest stops it cleanly: complete files only, no part file, nothing more. */
class CancellationTest {

  @TempDir Path dataDir;

  @Test
  void cancellingMidHarvestLeavesOnlyCompleteFiles() throws InterruptedException {
    CorpusSpec spec =
        CorpusSpec.builder().seed(17).collections(6).images(120).realisticFileSize(true).build();
    Faults slowFiles = Faults.builder().latency(RouteClass.FILE, Latency.ofMillis(200, 0)).build();
    try (Replica replica = Replica.start(spec, slowFiles)) {
      NeuroVaultClient client = replica.clientBuilder().downloadConcurrency(4).build();
      CountDownLatch transferring = new CountDownLatch(3);
      List<FetchedImage> received = new CopyOnWriteArrayList<>();
      FetchRequest request = FetchRequest.builder().dataDir(dataDir).noLimit().build();

      Disposable harvest =
          client
              .fetch(
                  request,
                  event -> {
                    if (event instanceof HarvestEvent.BytesTransferred) {
                      transferring.countDown();
                    }
                  })
              .subscribe(received::add);
      assertTrue(transferring.await(30, TimeUnit.SECONDS), "downloads started");
      harvest.dispose();
      client.close();

      replica.assertNoLeftovers(dataDir);
      List<Long> onDisk = StoreContents.imagesOnDisk(dataDir);
      replica.assertStoredIdentical(dataDir, onDisk);
      assertTrue(
          onDisk.size() < replica.expectedSelection(request).size(),
          "the harvest really was cut short");
    }
  }

  @Test
  void aSlowSubscriberBoundsWhatIsDownloaded() {
    CorpusSpec spec = CorpusSpec.builder().seed(17).collections(6).images(120).build();
    try (Replica replica = Replica.start(spec);
        NeuroVaultClient client = replica.clientBuilder().downloadConcurrency(3).build()) {
      FetchRequest request = FetchRequest.builder().dataDir(dataDir).maxImages(50).build();

      StepVerifier.create(client.fetch(request), 2)
          .expectNextCount(2)
          .expectNoEvent(Duration.ofMillis(300))
          .then(
              () ->
                  assertTrue(
                      StoreContents.imagesOnDisk(dataDir).size() <= 2 + 3 + 1,
                      "at most the requested images plus the download concurrency: "
                          + StoreContents.imagesOnDisk(dataDir)))
          .thenCancel()
          .verify(Duration.ofMinutes(1));
    }
  }

  @Test
  void theSameHarvestCanBeSubscribedAgain() {
    CorpusSpec spec = CorpusSpec.builder().seed(17).collections(6).images(60).build();
    try (Replica replica = Replica.start(spec);
        NeuroVaultClient client = replica.client()) {
      var harvest = client.fetch(FetchRequest.builder().dataDir(dataDir).maxImages(3).build());
      List<Long> first =
          harvest.map(FetchedImage::imageId).collectList().block(Duration.ofMinutes(1));
      List<Long> second =
          harvest.map(FetchedImage::imageId).collectList().block(Duration.ofMinutes(1));
      assertEquals(first, second);
    }
  }
}
