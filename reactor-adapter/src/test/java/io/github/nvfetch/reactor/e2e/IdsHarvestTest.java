package io.github.nvfetch.reactor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.FailedImage;
import io.github.nvfetch.core.IdsRequest;
import io.github.nvfetch.core.ImageOutcome;
import io.github.nvfetch.reactor.HarvestEvent;
import io.github.nvfetch.reactor.NeuroVaultClient;
import io.github.nvfetch.reactor.NotFoundException;
import io.github.nvfetch.testkit.CorpusSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** nilearn's fetch_neurovault_ids: ids in the order given, duplicates removed, no filters. */
class IdsHarvestTest {

  @TempDir Path dataDir;

  @Test
  void collectionsThenImagesInTheOrderGivenWithoutDuplicatesOrFilters() {
    try (Replica replica =
            Replica.start(CorpusSpec.builder().seed(5).collections(15).images(200).build());
        NeuroVaultClient client = replica.client()) {
      List<Long> collections =
          replica
              .corpus
              .collectionIds()
              .filter(c -> replica.corpus.imageIds(c).count() > 0)
              .limit(3)
              .boxed()
              .toList();
      long c1 = collections.get(0);
      long c2 = collections.get(2);
      long inC1 = replica.corpus.imageIds(c1).findFirst().getAsLong();
      long loose = replica.corpus.imageIds(collections.get(1)).skip(0).findFirst().getAsLong();
      long missing = 987_654_321L;
      IdsRequest request =
          IdsRequest.builder()
              .collectionIds(c2, c1, c2)
              .imageIds(loose, inC1, missing, loose)
              .dataDir(dataDir)
              .build();
      List<HarvestEvent> events = new CopyOnWriteArrayList<>();

      List<ImageOutcome> outcomes =
          client.fetchIdsOutcomes(request, events::add).collectList().block(Duration.ofMinutes(1));

      List<Long> expected = new ArrayList<>();
      replica.corpus.imageIds(c2).forEach(expected::add);
      replica.corpus.imageIds(c1).forEach(expected::add);
      expected.add(loose);
      expected.add(missing);
      assertEquals(
          expected, outcomes.stream().map(ImageOutcome::imageId).collect(Collectors.toList()));
      FailedImage failure = (FailedImage) outcomes.get(outcomes.size() - 1);
      assertInstanceOf(NotFoundException.class, failure.cause());
      assertTrue(failure.reason().contains("404"), failure.reason());
      List<Long> fetched = expected.subList(0, expected.size() - 1);
      replica.assertStoredIdentical(dataDir, fetched);
      assertTrue(events.stream().anyMatch(e -> e instanceof HarvestEvent.ImageFailed));
    }
  }

  @Test
  void anUnknownCollectionIsReportedAndTheRestGoesOn() {
    try (Replica replica =
            Replica.start(CorpusSpec.builder().seed(5).collections(5).images(40).build());
        NeuroVaultClient client = replica.client()) {
      long real =
          replica
              .corpus
              .collectionIds()
              .filter(c -> replica.corpus.imageIds(c).count() > 0)
              .findFirst()
              .getAsLong();
      List<HarvestEvent> events = new CopyOnWriteArrayList<>();

      List<ImageOutcome> outcomes =
          client
              .fetchIdsOutcomes(
                  IdsRequest.builder().collectionIds(123_456_789L, real).dataDir(dataDir).build(),
                  events::add)
              .collectList()
              .block(Duration.ofMinutes(1));

      assertEquals(
          replica.corpus.imageIds(real).boxed().toList(),
          outcomes.stream().map(ImageOutcome::imageId).toList());
      assertTrue(
          events.stream()
              .anyMatch(
                  e ->
                      e instanceof HarvestEvent.CollectionFailed f
                          && f.collectionId() == 123_456_789L
                          && f.reason().contains("404")),
          events.toString());
    }
  }
}
