package io.github.nvfetch.reactor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.NeuroVaultDataset;
import io.github.nvfetch.reactor.HarvestEvent;
import io.github.nvfetch.reactor.NeuroVaultClient;
import io.github.nvfetch.testkit.CorpusSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each list page reports the field names of its records, before any filter. */
class FieldsSeenTest {

  @TempDir Path dir;

  @Test
  void aHarvestThatSelectsNothingStillReportsTheFieldsItSaw() {
    List<HarvestEvent.FieldsSeen> events = new CopyOnWriteArrayList<>();
    try (Replica replica =
            Replica.start(CorpusSpec.builder().seed(8).collections(3).images(20).build());
        NeuroVaultClient client = replica.client()) {
      NeuroVaultDataset dataset =
          client
              .fetchDataset(
                  FetchRequest.builder().imageTerm("modalty", "fMRI-BOLD").dataDir(dir).build(),
                  event -> {
                    if (event instanceof HarvestEvent.FieldsSeen seen) {
                      events.add(seen);
                    }
                  })
              .block(Duration.ofSeconds(60));

      assertEquals(0, dataset.fetched().size());
    }
    Set<String> images = ConcurrentHashMap.newKeySet();
    Set<String> collections = ConcurrentHashMap.newKeySet();
    for (HarvestEvent.FieldsSeen seen : events) {
      (seen.records() == HarvestEvent.FieldsSeen.Records.IMAGES ? images : collections)
          .addAll(seen.fields());
    }
    assertTrue(images.containsAll(List.of("id", "modality", "map_type")), images.toString());
    assertFalse(images.contains("modalty"), images.toString());
    assertTrue(collections.containsAll(List.of("id", "DOI", "name")), collections.toString());
  }
}
