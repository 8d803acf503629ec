package io.github.nvfetch.reactor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.FetchedImage;
import io.github.nvfetch.core.Mode;
import io.github.nvfetch.core.NeuroVaultDataset;
import io.github.nvfetch.core.store.LocalStore;
import io.github.nvfetch.reactor.HarvestEvent;
import io.github.nvfetch.reactor.NeuroVaultClient;
import io.github.nvfetch.testkit.CorpusSpec;
import io.github.nvfetch.testkit.Faults;
import io.github.nvfetch.testkit.ReplicaRoute;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Neurosynth enrichment: words stored and vectorized; an outage means "no words", not failure. */
class NeurosynthTest {

  private static final CorpusSpec SPEC =
      CorpusSpec.builder().seed(13).collections(8).images(80).build();

  @TempDir Path dataDir;

  private FetchRequest withWords(int max) {
    return FetchRequest.builder()
        .dataDir(dataDir)
        .maxImages(max)
        .fetchNeurosynthWords(true)
        .build();
  }

  @Test
  void wordsAreStoredVerbatimAndVectorized() {
    try (Replica replica = Replica.start(SPEC);
        NeuroVaultClient client = replica.client()) {
      NeuroVaultDataset data = client.fetchDataset(withWords(6)).block(Duration.ofMinutes(1));

      TreeSet<String> union = new TreeSet<>();
      LocalStore store = LocalStore.at(dataDir);
      for (FetchedImage image : data.fetched()) {
        Map<String, Double> expected = replica.corpus.words(image.imageId());
        union.addAll(expected.keySet());
        assertEquals(
            expected.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(expected),
            store.readWords(image.collectionId(), image.imageId()));
        assertEquals(
            "collection_"
                + image.collectionId()
                + "/neurosynth_words_for_image_"
                + image.imageId()
                + ".json",
            image.image().get("ns_words_relative_path"));
      }
      assertEquals(List.copyOf(union), data.vocabulary().orElseThrow());
      double[][] freq = data.wordFrequencies().orElseThrow();
      FetchedImage first = data.fetched().get(0);
      replica
          .corpus
          .words(first.imageId())
          .forEach(
              (word, weight) ->
                  assertEquals(weight, freq[0][data.vocabulary().get().indexOf(word)], 1e-12));
    }
  }

  @Test
  void neurosynthDownGivesImagesWithoutWords() {
    try (Replica replica = Replica.start(SPEC, Faults.builder().neurosynthDown(true).build());
        NeuroVaultClient client = replica.client()) {
      List<HarvestEvent> events = new CopyOnWriteArrayList<>();

      NeuroVaultDataset data =
          client.fetchDataset(withWords(5), events::add).block(Duration.ofMinutes(1));

      assertEquals(5, data.images().size());
      assertTrue(data.failures().isEmpty());
      assertTrue(data.vocabulary().isEmpty());
      assertTrue(data.wordVectors().orElseThrow().warning().isPresent());
      data.fetched().forEach(image -> assertTrue(image.wordsFile().isEmpty()));
      assertTrue(
          events.stream().filter(e -> e instanceof HarvestEvent.WordsUnavailable).count() >= 5,
          events.toString());
      replica.assertStoredIdentical(dataDir, data.imagesMeta().stream().map(m -> m.id()).toList());
    }
  }

  @Test
  void aBadStoredWordsFileIsFetchedAgainAndGoodOnesAreNot() throws IOException {
    try (Replica replica = Replica.start(SPEC);
        NeuroVaultClient client = replica.client()) {
      List<FetchedImage> first =
          client.fetch(withWords(4)).collectList().block(Duration.ofMinutes(1));
      FetchedImage spoiled =
          first.stream().filter(i -> i.wordsFile().isPresent()).findFirst().orElseThrow();
      Files.writeString(spoiled.wordsFile().get(), "{\"data\": \"garbage");
      replica.resetStats();

      List<FetchedImage> second;
      try (NeuroVaultClient fresh = replica.client()) {
        second =
            fresh
                .fetch(withWords(4).toBuilder().mode(Mode.DOWNLOAD_NEW).build())
                .collectList()
                .block(Duration.ofMinutes(1));
      }

      assertEquals(
          first.stream().map(FetchedImage::imageId).toList(),
          second.stream().map(FetchedImage::imageId).toList());
      // (a Neurosynth lookup of the first run's surplus may still be finishing: it is shared
      // through the cache and not cancelled, so only this run's images are counted)
      List<String> decoded =
          replica.requests(ReplicaRoute.NEUROSYNTH_DECODE).stream()
              .map(r -> r.pathAndQuery())
              .toList();
      for (FetchedImage image : first) {
        long asked =
            decoded.stream().filter(p -> p.endsWith("neurovault=" + image.imageId())).count();
        assertEquals(
            image.imageId() == spoiled.imageId() ? 1 : 0, asked, "image " + image.imageId());
      }
      assertEquals(0, replica.requests(ReplicaRoute.MEDIA_FILE).size());
      assertEquals(
          java.util.Optional.of(replica.corpus.words(spoiled.imageId())),
          LocalStore.at(dataDir).readWords(spoiled.collectionId(), spoiled.imageId()));
    }
  }
}
