package io.github.nvfetch.reactor.hostile;

import static io.github.nvfetch.reactor.hostile.HostileHarness.failures;
import static io.github.nvfetch.reactor.hostile.HostileHarness.fetchedIds;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.IdsRequest;
import io.github.nvfetch.core.ImageOutcome;
import io.github.nvfetch.reactor.NeuroVaultClient;
import io.github.nvfetch.testkit.hostile.Scripts;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A listing that names an image twice (on one page, across pages, in two collections): each image
 * is selected, downloaded and returned once per harvest, in filtered and ids harvests, and the file
 * on disk is whole.
 */
class DuplicateImagesTest {

  @TempDir Path dataDir;

  /** Collection 1 names 101 twice on a page and 102 across pages; collection 2 names both. */
  private static void listTwice(HostileHarness h) {
    h.site.collection(1, 101, 101, 102, 103, 102, 104);
    h.site.collection(2, 105, 101, 102, 106);
    h.site.collection(3, 107, 106, 108);
    for (long id : h.site.imageIds()) {
      h.site.file(
          id,
          exchange -> {
            exchange.pause(Duration.ofMillis(50));
            h.site.okFile(id).respond(exchange);
          });
    }
  }

  private static void assertEachFileRequestedOnce(HostileHarness h) {
    for (long id : h.site.imageIds()) {
      assertEquals(1, h.server.requestCount(h.site.filePath(id)), "requests for image " + id);
    }
  }

  @Test
  void aFilteredHarvestFetchesAndReturnsEachImageOnce() {
    try (HostileHarness h = new HostileHarness()) {
      listTwice(h);
      try (NeuroVaultClient client =
          h.clientBuilder().downloadConcurrency(4).maxConnections(6).pageSize(2).build()) {
        List<ImageOutcome> outcomes =
            HostileHarness.run(client, FetchRequest.builder().dataDir(dataDir).noLimit().build());

        assertEquals(List.of(), failures(outcomes));
        assertEquals(h.site.imageIds(), fetchedIds(outcomes));
        h.assertStoredExactly(dataDir, h.site.imageIds());
        assertEachFileRequestedOnce(h);
        HostileHarness.assertNoLeftovers(dataDir);
      }
    }
  }

  @Test
  void anIdsHarvestFetchesAndReturnsEachImageOnce() {
    try (HostileHarness h = new HostileHarness()) {
      listTwice(h);
      try (NeuroVaultClient client =
          h.clientBuilder().downloadConcurrency(4).maxConnections(6).pageSize(2).build()) {
        List<ImageOutcome> outcomes =
            HostileHarness.run(
                client,
                IdsRequest.builder()
                    .dataDir(dataDir)
                    .collectionIds(1, 2, 3)
                    .imageIds(101, 108, 101)
                    .build());

        assertEquals(List.of(), failures(outcomes));
        assertEquals(h.site.imageIds(), fetchedIds(outcomes));
        h.assertStoredExactly(dataDir, h.site.imageIds());
        assertEachFileRequestedOnce(h);
        HostileHarness.assertNoLeftovers(dataDir);
      }
    }
  }

  @Test
  void aDuplicateWhoseFirstDownloadFailsIsStillNeverTorn() {
    try (HostileHarness h = new HostileHarness()) {
      h.site.collection(4, 111, 112, 111, 111);
      byte[] body = h.site.bytes(111);
      h.site.file(
          111, Scripts.firstThen(1, Scripts.cutAfter(body, body.length / 2), h.site.okFile(111)));
      try (NeuroVaultClient client =
          h.clientBuilder().downloadConcurrency(3).maxConnections(4).build()) {
        List<ImageOutcome> outcomes =
            HostileHarness.run(client, FetchRequest.builder().dataDir(dataDir).noLimit().build());

        assertEquals(List.of(), failures(outcomes));
        assertEquals(List.of(111L, 112L), fetchedIds(outcomes));
        h.assertStoredExactly(dataDir, List.of(111L, 112L));
        HostileHarness.assertNoLeftovers(dataDir);
      }
    }
  }
}
