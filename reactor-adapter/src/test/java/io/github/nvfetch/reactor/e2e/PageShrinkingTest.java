package io.github.nvfetch.reactor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.ImageMeta;
import io.github.nvfetch.reactor.NeuroVaultClient;
import io.github.nvfetch.testkit.CorpusSpec;
import io.github.nvfetch.testkit.Faults;
import io.github.nvfetch.testkit.ReplicaRoute;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One poison record makes large pages answer 500: the client shrinks the page and goes on. */
class PageShrinkingTest {

  @Test
  void aPoisonRecordIsPassedBySmallerPagesAndNothingIsLost() {
    CorpusSpec spec = CorpusSpec.builder().seed(9).collections(4).images(300).build();
    try (Replica probe = Replica.start(spec)) {
      long collection =
          probe
              .corpus
              .collectionIds()
              .filter(c -> probe.corpus.imageIds(c).count() >= 40)
              .findFirst()
              .getAsLong();
      List<Long> images = probe.corpus.imageIds(collection).boxed().toList();
      long poison = images.get(images.size() / 2);
      probe.close();
      try (Replica replica =
              Replica.start(
                  spec, Faults.builder().poisonImage(poison).poisonPageThreshold(8).build());
          NeuroVaultClient client = replica.clientBuilder().pageSize(100).build()) {

        List<Long> listed =
            client
                .collectionImages(collection)
                .map(ImageMeta::id)
                .collectList()
                .block(Duration.ofMinutes(1));

        assertEquals(images, listed, "every record, the poison one included, in order");
        List<String> pages =
            replica.requests(ReplicaRoute.COLLECTION_IMAGES).stream()
                .map(r -> r.pathAndQuery())
                .toList();
        assertTrue(pages.stream().anyMatch(p -> p.contains("limit=6")), pages.toString());
        assertTrue(replica.stats().requestsWithStatus(500) >= 2, "large pages failed");
      }
    }
  }
}
