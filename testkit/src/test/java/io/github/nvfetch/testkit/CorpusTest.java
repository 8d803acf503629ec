package io.github.nvfetch.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The corpus API: ids, lookups, sizes, rates, determinism, spec validation. */
class CorpusTest {

  private static final Corpus CORPUS =
      Corpus.generate(
          CorpusSpec.builder()
              .seed(8)
              .collections(120)
              .images(2000)
              .missingFileRate(0.2)
              .corruptFileRate(0.1)
              .privateCollectionRate(0.05)
              .build());

  @Test
  void countsAndIdsAreConsistent() {
    long[] all = CORPUS.allCollectionIds().flatMap(CORPUS::imageIds).toArray();
    assertEquals(2000, all.length);
    assertEquals(2000, CORPUS.totalImageCount());
    assertEquals(CORPUS.imageCount(), CORPUS.imageIds().count());
    assertEquals(CORPUS.collectionCount(), CORPUS.collectionIds().count());
    assertEquals(6, CORPUS.allCollectionIds().filter(CORPUS::isPrivate).count());
    for (long id : all) {
      assertTrue(CORPUS.imageExists(id));
      assertTrue(CORPUS.imageIds(CORPUS.collectionOf(id)).anyMatch(i -> i == id));
    }
    assertFalse(CORPUS.imageExists(all[0] - 1));
    assertThrows(IllegalArgumentException.class, () -> CORPUS.imageJson(all[0] - 1));
    assertThrows(IllegalArgumentException.class, () -> CORPUS.collectionJson(-5));
  }

  @Test
  void privateTokensAreEightUppercaseLetters() {
    CORPUS
        .allCollectionIds()
        .forEach(
            id -> {
              if (CORPUS.isPrivate(id)) {
                assertTrue(CORPUS.privateToken(id).orElseThrow().matches("[A-Z]{8}"));
                assertTrue(
                    CORPUS
                        .imageIds(id)
                        .allMatch(i -> CORPUS.filePath(i).contains(CORPUS.privateToken(id).get())));
              } else {
                assertTrue(CORPUS.privateToken(id).isEmpty());
              }
            });
  }

  @Test
  void fileStatusesFollowTheRatesAndSizesMatchTheBytes() {
    Map<FileStatus, Long> counts =
        CORPUS
            .imageIds()
            .boxed()
            .collect(
                java.util.stream.Collectors.groupingBy(
                    CORPUS::fileStatus, java.util.stream.Collectors.counting()));
    double n = CORPUS.imageCount();
    assertTrue(Math.abs(counts.get(FileStatus.MISSING) / n - 0.2) < 0.05, counts::toString);
    assertTrue(Math.abs(counts.get(FileStatus.CORRUPT) / n - 0.1) < 0.05, counts::toString);
    CORPUS
        .imageIds()
        .limit(300)
        .forEach(
            id ->
                assertEquals(
                    CORPUS.imageJson(id).get("file_size").asLong(), CORPUS.fileBytes(id).length));
  }

  @Test
  void wordsAreDeterministicRoundedAndFromTheVocabulary() {
    long id = CORPUS.imageIds().findFirst().orElseThrow();
    Map<String, Double> words = CORPUS.words(id);
    assertEquals(words, Corpus.generate(CORPUS.spec()).words(id));
    assertTrue(words.size() >= 30);
    words.values().forEach(r -> assertEquals(r, Math.round(r * 1000) / 1000.0));
    assertEquals(List.copyOf(words.keySet()), words.keySet().stream().sorted().toList());
  }

  @Test
  void theSameSpecGivesIdenticalRecordsAndFiles() {
    Corpus again = Corpus.generate(CORPUS.spec());
    CORPUS
        .imageIds()
        .limit(200)
        .forEach(
            id -> {
              assertEquals(CORPUS.imageJson(id).toString(), again.imageJson(id).toString());
              assertArrayEquals(CORPUS.fileBytes(id), again.fileBytes(id));
            });
    CORPUS
        .allCollectionIds()
        .forEach(
            id ->
                assertEquals(
                    CORPUS.collectionJson(id).toString(), again.collectionJson(id).toString()));
  }

  @Test
  void specBuildersRejectBadValuesWithClearMessages() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> CorpusSpec.builder().collections(0).build());
    assertTrue(e.getMessage().contains("collections"));
    assertThrows(IllegalArgumentException.class, () -> CorpusSpec.builder().images(-1).build());
    assertThrows(
        IllegalArgumentException.class, () -> CorpusSpec.builder().missingFileRate(1.2).build());
    assertThrows(
        IllegalArgumentException.class, () -> CorpusSpec.builder().apiKey("with space").build());
    assertThrows(
        IllegalArgumentException.class,
        () -> CorpusSpec.builder().privateCollectionRate(1).build());
    assertThrows(
        IllegalArgumentException.class, () -> ReplicaServer.builder().port(70_000).start());
    assertEquals(CorpusSpec.DEFAULT, CorpusSpec.builder().build());
    assertEquals(42, CorpusSpec.DEFAULT.seed());
    assertEquals(List.of("replica-token"), CorpusSpec.DEFAULT.apiKeys());
  }
}
