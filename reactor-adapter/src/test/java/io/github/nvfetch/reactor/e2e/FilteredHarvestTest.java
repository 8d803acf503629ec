package io.github.nvfetch.reactor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.FailedImage;
import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.FetchedImage;
import io.github.nvfetch.core.ImageOutcome;
import io.github.nvfetch.core.NeuroVaultDataset;
import io.github.nvfetch.reactor.HarvestListener;
import io.github.nvfetch.reactor.NeuroVaultClient;
import io.github.nvfetch.testkit.CorpusSpec;
import io.github.nvfetch.testkit.FileStatus;
import io.github.nvfetch.testkit.ReplicaRoute;
import io.github.nvfetch.testkit.junit.StoreContents;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Selection, order and files of filtered harvests against the replica over real HTTP. */
class FilteredHarvestTest {

  private static Replica replica;
  private static NeuroVaultClient client;

  @TempDir Path dataDir;

  @BeforeAll
  static void start() {
    replica = Replica.start(CorpusSpec.builder().seed(7).collections(25).images(400).build());
    client = replica.client();
  }

  @AfterAll
  static void stop() {
    client.close();
    replica.close();
  }

  private FetchRequest request(String json) {
    return FetchRequest.fromJson(json).toBuilder().dataDir(dataDir).build();
  }

  private static List<Long> ids(List<? extends ImageOutcome> outcomes) {
    return outcomes.stream().map(ImageOutcome::imageId).collect(Collectors.toList());
  }

  @Test
  void defaultTermsSelectNilearnsImagesInNilearnsOrderAndStoreThemWhole() {
    String json = "{\"max_images\": 30}";
    FetchRequest request = request(json);

    List<FetchedImage> fetched = client.fetch(request).collectList().block(Duration.ofMinutes(1));

    List<Long> expected = NilearnSelections.imageIds("seed7", json);
    assertEquals(30, fetched.size());
    assertEquals(expected, ids(fetched));
    replica.assertStoredIdentical(dataDir, ids(fetched));
    replica.assertNoLeftovers(dataDir);
    fetched.forEach(
        image -> {
          assertEquals(FetchedImage.Origin.DOWNLOADED, image.origin());
          assertTrue(Files.isRegularFile(image.file().resolveSibling("collection_metadata.json")));
          assertEquals(
              "collection_" + image.collectionId() + "/image_" + image.imageId() + ".nii.gz",
              image.image().get("relative_path"));
        });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"max_images\": 12, \"modality\": \"fMRI-BOLD\"}",
        "{\"max_images\": 12, \"image_terms\": {}, \"map_type\": {\"$IsIn\": [\"T map\", \"Z map\"]}}",
        "{\"max_images\": 12, \"modality\": {\"$Contains\": [\"fMRI\"]}}",
        "{\"max_images\": 12, \"modality\": {\"$Pattern\": [\"fmri(-.*)?\", \"IGNORECASE\"]}}",
        "{\"max_images\": 12, \"number_of_subjects\": {\"$GreaterThan\": 20}}",
        "{\"max_images\": 12, \"analysis_level\": {\"$IsNull\": null}}",
        "{\"max_images\": 12, \"image_terms\": {}, \"image_type\": {\"$NotEqual\": \"statistic_map\"}}",
        "{\"max_images\": 12, \"cognitive_paradigm_cogatlas\": {\"$NotNull\": null}}",
        "{\"max_images\": 12, \"map_type\": {\"$NotIn\": [\"T map\"]}}",
        "{\"max_images\": 12, \"name\": {\"$NotContains\": [\"a\"]}}",
        "{\"max_images\": 12, \"modify_date\": {\"$GreaterOrEqual\": \"2017-01-01\"}}",
        "{\"max_images\": 12, \"collection_terms\": {\"number_of_images\": {\"$GreaterOrEqual\": 15}}}",
        "{\"max_images\": 12, \"collection_filter\": {\"$NOT\": {\"DOI\": {\"$IsNull\": null}}}}",
        "{\"max_images\": 12, \"image_terms\": {}, \"image_filter\": {\"$OR\": [{\"map_type\": \"T map\"},"
            + " {\"$AND\": [{\"map_type\": \"Z map\"}, {\"not_mni\": false}]}]}}",
        "{\"max_images\": 12, \"image_filter\": {\"$XOR\": [{\"modality\": \"fMRI-BOLD\"},"
            + " {\"analysis_level\": \"group\"}]}}"
      })
  void everyMatcherSelectsWhatNilearnSelects(String json) {
    FetchRequest request = request(json);

    List<ImageOutcome> outcomes =
        client
            .fetchOutcomes(request, HarvestListener.NONE)
            .collectList()
            .block(Duration.ofMinutes(1));

    List<Long> expected = NilearnSelections.imageIds("seed7", json);
    assertFalse(expected.isEmpty(), "the corpus has matches for " + json);
    assertEquals(
        expected,
        ids(outcomes),
        json
            + " failures: "
            + outcomes.stream()
                .filter(o -> o instanceof FailedImage)
                .map(o -> ((FailedImage) o).reason())
                .toList());
    replica.assertStoredIdentical(dataDir, ids(outcomes));
  }

  @Test
  void lambdaFiltersComposeWithTheTerms() {
    FetchRequest request =
        FetchRequest.builder()
            .dataDir(dataDir)
            .maxImages(8)
            .imageFilter(image -> image.size() < 50)
            .build();

    List<FetchedImage> fetched = client.fetch(request).collectList().block(Duration.ofMinutes(1));

    assertEquals(replica.expectedSelection(request), ids(fetched));
    fetched.forEach(f -> assertTrue(replica.image(f.imageId()).size() < 50));
  }

  @Test
  void maxImagesCountsOnlySuccessesAndFailuresAreData(@TempDir Path otherDir) {
    try (Replica flaky =
            Replica.start(
                CorpusSpec.builder()
                    .seed(11)
                    .collections(10)
                    .images(120)
                    .missingFileRate(0.25)
                    .corruptFileRate(0.1)
                    .build());
        NeuroVaultClient flakyClient = flaky.client()) {
      FetchRequest request = FetchRequest.builder().dataDir(otherDir).maxImages(15).build();

      NeuroVaultDataset data = flakyClient.fetchDataset(request).block(Duration.ofMinutes(1));

      List<Long> expected = flaky.expectedSelection(request);
      List<Long> expectedOk =
          expected.stream()
              .filter(id -> flaky.corpus.fileStatus(id) == FileStatus.OK)
              .collect(Collectors.toList());
      List<Long> expectedBad =
          expected.stream()
              .filter(id -> flaky.corpus.fileStatus(id) != FileStatus.OK)
              .collect(Collectors.toList());
      assertFalse(expectedBad.isEmpty());
      assertEquals(15, data.images().size());
      assertEquals(expectedOk, data.imagesMeta().stream().map(m -> m.id()).toList());
      assertEquals(expectedBad, data.failures().stream().map(FailedImage::imageId).toList());
      data.failures()
          .forEach(
              f ->
                  assertTrue(
                      f.reason().contains("404")
                          || f.reason().contains("gzip")
                          || f.reason().contains("NIfTI")
                          || f.reason().contains("truncated"),
                      f.reason()));
      List<Long> onDisk = StoreContents.imagesOnDisk(otherDir);
      assertTrue(onDisk.containsAll(expectedOk), "every fetched image is on disk");
      expectedBad.forEach(id -> assertFalse(onDisk.contains(id), "no file for failed image " + id));
      flaky.assertNoLeftovers(otherDir);
    }
  }

  @Test
  void aDatasetCarriesNilearnsFields() {
    FetchRequest request = request("{\"max_images\": 5}");

    NeuroVaultDataset data = client.fetchDataset(request).block(Duration.ofMinutes(1));

    assertEquals(5, data.images().size());
    assertEquals(5, data.collectionsMeta().size());
    assertEquals(
        data.imagesMeta().get(0).collectionId().getAsLong(), data.collectionsMeta().get(0).id());
    assertTrue(data.vocabulary().isEmpty(), "no words were requested");
    assertTrue(data.failures().isEmpty());
  }

  @Test
  void zeroImagesSendsNoRequest() {
    replica.resetStats();
    List<FetchedImage> none =
        client.fetch(request("{\"max_images\": 0}")).collectList().block(Duration.ofSeconds(10));
    assertEquals(List.of(), none);
    assertEquals(0, replica.stats().requestsTotal());
  }

  @Test
  void exactlyMaxImagesFilesAreDownloadedAndStored() {
    replica.resetStats();
    FetchRequest request = request("{\"max_images\": 6}");

    client.fetch(request).blockLast(Duration.ofMinutes(1));

    assertEquals(
        6,
        replica.requests(ReplicaRoute.MEDIA_FILE).size(),
        "no file beyond max_images is requested, though 4 download at a time");
    // nilearn's first 6 are the first 6 of its 30: no file of this corpus is missing.
    List<Long> selection =
        NilearnSelections.imageIds("seed7", "{\"max_images\": 30}").subList(0, 6);
    List<Long> onDisk = StoreContents.imagesOnDisk(dataDir);
    assertEquals(selection.stream().sorted().toList(), onDisk);
    replica.assertStoredIdentical(dataDir, onDisk);
    replica.assertNoLeftovers(dataDir);
    assertEquals(
        replica.expectedCollectionsReached(request, selection),
        StoreContents.collectionsOnDisk(dataDir),
        "collection metadata for the collections reached, none for those only read ahead");
  }
}
