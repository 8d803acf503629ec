package io.github.nvfetch.reactor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.FailedImage;
import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.FetchedImage;
import io.github.nvfetch.core.HarvestRequest;
import io.github.nvfetch.core.IdsRequest;
import io.github.nvfetch.core.ImageOutcome;
import io.github.nvfetch.core.NeuroVaultDataset;
import io.github.nvfetch.reactor.HarvestListener;
import io.github.nvfetch.reactor.NeuroVaultClient;
import io.github.nvfetch.testkit.CorpusSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one entry point for both harvests gives what the two specific ones give. */
class HarvestRequestTest {

  private static final CorpusSpec SPEC =
      CorpusSpec.builder().seed(5).collections(6).images(60).build();
  private static final Duration TIMEOUT = Duration.ofMinutes(1);

  @TempDir Path first;
  @TempDir Path second;

  private static List<Long> ids(List<? extends ImageOutcome> outcomes) {
    return outcomes.stream().map(ImageOutcome::imageId).toList();
  }

  @Test
  void aFilteredRequestSelectsTheSameImagesThroughHarvestAsThroughFetch() {
    try (Replica replica = Replica.start(SPEC);
        NeuroVaultClient client = replica.client()) {
      FetchRequest request = FetchRequest.builder().maxImages(12).dataDir(first).build();
      List<FetchedImage> viaFetch = client.fetch(request).collectList().block(TIMEOUT);
      HarvestRequest same = request.toBuilder().dataDir(second).build();

      List<FetchedImage> viaHarvest = client.harvest(same).collectList().block(TIMEOUT);

      assertEquals(12, viaHarvest.size());
      assertEquals(ids(viaFetch), ids(viaHarvest));
      viaHarvest.forEach(
          image -> assertTrue(image.file().startsWith(second), image.file()::toString));
    }
  }

  @Test
  void anIdsRequestGivesItsOutcomesAndDatasetThroughHarvest() {
    try (Replica replica = Replica.start(SPEC);
        NeuroVaultClient client = replica.client()) {
      long known = client.images().take(2).blockLast(TIMEOUT).id();
      long unknown = 987_654_321L;
      HarvestRequest request = IdsRequest.builder().imageIds(known, unknown).dataDir(first).build();

      List<ImageOutcome> outcomes =
          client.harvestOutcomes(request, HarvestListener.NONE).collectList().block(TIMEOUT);
      NeuroVaultDataset dataset = client.harvestDataset(request).block(TIMEOUT);

      assertEquals(List.of(known, unknown), ids(outcomes));
      assertTrue(outcomes.get(0) instanceof FetchedImage);
      assertTrue(outcomes.get(1) instanceof FailedImage);
      assertEquals(List.of(known), ids(dataset.fetched()));
      assertEquals(List.of(unknown), ids(dataset.failures()));
      assertTrue(request.maxImages().isEmpty());
      assertTrue(request.warnings().isEmpty());
    }
  }
}
