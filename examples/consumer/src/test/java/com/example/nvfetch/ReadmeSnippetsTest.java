package com.example.nvfetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.FailedImage;
import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.NeuroVaultDataset;
import io.github.nvfetch.reactor.NeuroVaultClient;
import io.github.nvfetch.testkit.CorpusSpec;
import io.github.nvfetch.testkit.ReplicaServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each README snippet, run against the testkit replica: what it gives and what it stores. */
class ReadmeSnippetsTest {

  private static ReplicaServer replica;
  private static NeuroVaultClient client;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    replica = ReplicaServer.builder().corpus(CorpusSpec.builder().seed(42).collections(12)
        .images(240).build()).port(0).start();
    client = NeuroVaultClient.builder().baseUrl(replica.baseUrl())
        .neurosynthUrl(replica.neurosynthUrl()).requestsPerSecond(100).build();
  }

  @AfterAll
  static void stop() {
    client.close();
    replica.close();
  }

  @Test
  void idsSnippetReportsUnknownIdsAsFailures() {
    NeuroVaultDataset data = FetchByIds.run(client, dir);
    assertEquals(List.of(), data.fetched(), "the replica has no such ids");
    assertEquals(List.of(32015L, 32016L),
        data.failures().stream().map(FailedImage::imageId).toList());
  }

  @Test
  void filterSnippetsSelect() {
    NeuroVaultDataset terms = TermsOverDefaults.run(client, dir);
    assertEquals(20, terms.fetched().size());
    terms.imagesMeta().forEach(image -> assertTrue(image.modality().orElseThrow()
        .equals("fMRI-BOLD") && List.of("T map", "Z map").contains(image.get("map_type"))));

    NeuroVaultDataset matchers = MatcherTerms.run(client, dir);
    assertFalse(matchers.fetched().isEmpty());
    matchers.fetched().forEach(image -> assertTrue(image.collection().get("DOI") != null
        && image.image().getLong("number_of_subjects").orElseThrow() >= 20));

    NeuroVaultDataset filters = FilterAlgebra.run(client, dir);
    assertFalse(filters.fetched().isEmpty());
    filters.imagesMeta().forEach(image -> assertTrue("group".equals(image.get("analysis_level"))
        && !Boolean.TRUE.equals(image.get("is_thresholded"))));
  }

  @Test
  void typedFilterComposesOverImageMeta() {
    NeuroVaultDataset data = client.fetchDataset(FetchRequest.builder().maxImages(40)
        .dataDir(dir).build()).block(Duration.ofMinutes(1));
    long kept = data.imagesMeta().stream().filter(TypedFilters.groupTMaps()).count();
    long expected = data.imagesMeta().stream().filter(image -> "group".equals(
        image.get("analysis_level")) && image.numberOfSubjects().orElse(0) >= 10
        && "T map".equals(image.get("map_type"))).count();
    assertEquals(expected, kept);
  }

  @Test
  void outputSnippetWritesTheTables() throws IOException {
    NeuroVaultDataset data = DatasetOutput.run(client, dir);
    assertEquals(5, data.fetched().size());
    assertTrue(List.of(Files.readAllLines(dir.resolve("images.csv")).get(0).split(","))
        .contains("id"));
    assertEquals(data.collectionsMeta().stream().distinct().count(),
        Files.readAllLines(dir.resolve("collections.jsonl")).size());
  }

  @Test
  void wordsSnippetVectorizes() {
    NeuroVaultDataset data = NeurosynthWords.run(client, dir);
    assertFalse(data.vocabulary().orElseThrow().isEmpty());
    assertEquals(5, data.wordFrequencies().orElseThrow().length);
  }

  @Test
  void reactiveSnippetsStreamAndReportFailures() {
    List<Path> files = ReactiveFetch.firstTen(client, dir);
    assertEquals(10, files.size());
    files.forEach(file -> assertTrue(Files.isRegularFile(file)));
    assertEquals(List.of(), FailuresAsData.failedIds(client, dir));
  }

  @Test
  void configurationAndReplicaAndDefaultsSnippets() {
    try (NeuroVaultClient configured = ClientConfiguration.client()) {
      assertTrue(configured != null);
    }
    assertEquals(3, ReplicaInATest.imageIds(dir).size());
    assertEquals("{'not_mni': False, 'is_thresholded': False, "
        + "'map_type': NotIn('ROI/mask', 'anatomical', 'parcellation'), "
        + "'image_type': NotEqual('atlas')}", NilearnDefaults.terms().get(0).toString());
    assertEquals("{'number_of_images': NotNull()}", NilearnDefaults.terms().get(1).toString());
  }

  @Test
  void reportSnippetWritesBothPages() throws IOException {
    FetchRequest request = FetchRequest.builder().maxImages(3).dataDir(dir).build();
    NeuroVaultDataset data = client.fetchDataset(request).block(Duration.ofMinutes(1));
    List<Path> pages = HarvestReports.write(data, request, Duration.ofSeconds(2), dir);
    assertTrue(Files.readString(pages.get(0)).contains("data-count=\"fetched\"><span "
        + "class=\"n\">3<"));
    assertTrue(Files.readString(pages.get(1)).contains("data:image/png;base64,"));
  }
}
