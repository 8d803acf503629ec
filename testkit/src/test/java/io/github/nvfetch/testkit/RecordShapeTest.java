package io.github.nvfetch.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Corpus records have the samples' key sets, key orders and value types, labels not codes, and
 * realistic oddities.
 */
class RecordShapeTest {

  private static final Set<String> MAP_TYPE_LABELS =
      Set.of(
          "T map",
          "Z map",
          "F map",
          "Chi squared map",
          "P map (given null hypothesis)",
          "1-P map (\"inverted\" probability)",
          "multivariate-beta map",
          "univariate-beta map",
          "ROI/mask",
          "parcellation",
          "anatomical",
          "variance",
          "other");
  private static final Set<String> LEVEL_LABELS =
      Set.of("single-subject", "group", "meta-analysis", "other");
  private static final Set<String> MODALITIES =
      Set.of(
          "fMRI-BOLD",
          "fMRI-CBF",
          "fMRI-CBV",
          "Structural MRI",
          "Diffusion MRI",
          "PET FDG",
          "PET [15O]-water",
          "PET other",
          "MEG",
          "EEG",
          "Other");

  private static Corpus corpus;
  private static List<ObjectNode> images;
  private static List<ObjectNode> collections;

  @BeforeAll
  static void generate() {
    corpus = Corpus.generate(CorpusSpec.builder().seed(7).collections(250).images(4000).build());
    images =
        corpus
            .allCollectionIds()
            .boxed()
            .flatMap(c -> corpus.imageIds(c).boxed())
            .map(id -> corpus.imageJson(id, "http://127.0.0.1:1"))
            .toList();
    collections =
        corpus
            .allCollectionIds()
            .mapToObj(id -> corpus.collectionJson(id, "http://127.0.0.1:1"))
            .toList();
  }

  @Test
  void currentStatisticMapsHaveTheKeysOfImage308InOrderThenCustomKeys() {
    List<String> expected = Samples.keys(Samples.image308());
    List<ObjectNode> maps = ofType("statistic_map").stream().filter(n -> !isOld(n)).toList();
    assertTrue(maps.size() > 3000);
    for (ObjectNode map : maps) {
      List<String> keys = Samples.keys(map);
      assertEquals(
          expected, keys.subList(0, expected.size()), () -> "keys of image " + map.get("id"));
      assertTypesCompatible(Samples.image308(), map);
    }
    Set<String> custom =
        maps.stream()
            .flatMap(m -> Samples.keys(m).stream().skip(expected.size()))
            .collect(Collectors.toSet());
    assertTrue(custom.containsAll(Set.of("13", "some_key")), custom::toString);
  }

  @Test
  void oldStatisticMapsHaveTheKeySetOfImage110AndUtcDates() {
    List<ObjectNode> old = ofType("statistic_map").stream().filter(RecordShapeTest::isOld).toList();
    assertFalse(old.isEmpty());
    Set<String> expected = new HashSet<>(Samples.keys(Samples.image110()));
    for (ObjectNode map : old) {
      assertEquals(expected, new HashSet<>(Samples.keys(map)));
      assertTrue(map.get("modify_date").asText().endsWith("Z"));
      assertTypesCompatible(Samples.image110(), map);
    }
  }

  @Test
  void atlasesHaveTheKeysOfTheAtlasSampleAndNoStatisticFields() {
    List<ObjectNode> atlases = ofType("atlas");
    assertFalse(atlases.isEmpty());
    for (ObjectNode atlas : atlases) {
      assertEquals(Samples.keys(Samples.atlas()), Samples.keys(atlas));
      assertTrue(atlas.get("label_description_file").asText().endsWith(".xml"));
      assertTrue(corpus.words(atlas.get("id").asLong()).isEmpty());
    }
  }

  @Test
  void nidmMapsHaveNoModalityAndLiveInASubFolder() {
    List<ObjectNode> nidm = ofType("NIDM results statistic map");
    assertFalse(nidm.isEmpty());
    for (ObjectNode map : nidm) {
      assertFalse(map.has("modality"));
      assertTrue(map.get("nidm_results").asText().endsWith(".nidm/"));
      assertTrue(map.has("nidm_results_ttl"));
      assertTrue(
          map.get("file")
              .asText()
              .matches(
                  ".*/media/images/(\\d+|[A-Z]{8})/[a-z]+_\\d{4}\\.nidm/[A-Za-z]+\\.nii\\.gz"));
      assertTrue(map.get("description").asText().startsWith("NIDM Results: "));
    }
  }

  @Test
  void labelsNotCodesForMapTypeAndAnalysisLevelRawModality() {
    for (ObjectNode image : images) {
      if (image.has("map_type")) {
        assertTrue(
            MAP_TYPE_LABELS.contains(image.get("map_type").asText()),
            image.get("map_type")::toString);
      }
      JsonNode level = image.get("analysis_level");
      if (level != null && !level.isNull()) {
        assertTrue(LEVEL_LABELS.contains(level.asText()), level::toString);
      }
      if (image.has("modality")) {
        assertTrue(MODALITIES.contains(image.get("modality").asText()));
      }
    }
    assertTrue(
        images.stream()
            .anyMatch(i -> i.path("analysis_level").isNull() && i.has("analysis_level")));
  }

  @Test
  void distributionsAreCloseToTheLiveService() {
    List<ObjectNode> maps = ofType("statistic_map");
    double bold = share(maps, m -> m.path("modality").asText().equals("fMRI-BOLD"));
    assertTrue(bold > 0.7 && bold < 0.9, "fMRI-BOLD " + bold);
    assertTrue(
        maps.stream().map(m -> m.get("modality").asText()).collect(Collectors.toSet()).size() >= 9);
    double notMni = share(maps, m -> m.path("not_mni").asBoolean());
    assertTrue(notMni > 0.06 && notMni < 0.14, "not_mni " + notMni);
    double thresholded = share(maps, m -> m.path("is_thresholded").asBoolean());
    assertTrue(thresholded > 0.1 && thresholded < 0.2, "is_thresholded " + thresholded);
    double valid = share(images, m -> m.path("is_valid").asBoolean());
    assertTrue(valid > 0.8, "is_valid " + valid);
    Map<String, Long> types =
        images.stream()
            .collect(
                Collectors.groupingBy(
                    i -> i.get("image_type").asText(), TreeMap::new, Collectors.counting()));
    assertTrue(types.get("statistic_map") > 0.85 * images.size(), types::toString);
  }

  @Test
  void schemalessOdditiesArePresent() {
    assertTrue(
        images.stream().anyMatch(i -> i.path("number_of_subjects").isTextual()),
        "numbers as strings");
    assertTrue(images.stream().anyMatch(i -> i.path("contrast_definition").asText().equals("N/A")));
    assertTrue(
        images.stream()
            .anyMatch(i -> i.path("cognitive_paradigm_cogatlas").asText().equals("None / Other")));
    assertTrue(images.stream().anyMatch(i -> i.path("contrast_definition").asText().equals("")));
    assertTrue(
        images.stream().anyMatch(i -> i.get("file").asText().contains("%20")), "encoded spaces");
    assertTrue(
        images.stream().anyMatch(i -> i.get("file").asText().endsWith("_1.nii.gz")), "_1 suffixes");
    assertTrue(collections.stream().anyMatch(c -> c.get("contributors").asText().contains(", ")));
    assertTrue(
        collections.stream().anyMatch(c -> c.get("number_of_images").asInt() == 0),
        "empty collections");
    assertTrue(
        collections.stream()
            .anyMatch(
                c ->
                    c.get("number_of_images").asLong()
                        > corpus.imageIds(c.get("id").asLong()).count()),
        "number_of_images larger than the real count");
    assertTrue(images.stream().anyMatch(i -> i.get("add_date").asText().endsWith("+01:00")));
    assertTrue(images.stream().anyMatch(i -> i.get("add_date").asText().endsWith("+02:00")));
    assertTrue(images.stream().anyMatch(i -> i.get("add_date").asText().endsWith("Z")));
  }

  @Test
  void idsAreSparseAndAscending() {
    long[] cids = corpus.allCollectionIds().toArray();
    long[] iids = images.stream().mapToLong(i -> i.get("id").asLong()).toArray();
    assertTrue(cids[cids.length - 1] - cids[0] + 1 > cids.length, "collection id gaps");
    assertTrue(iids[iids.length - 1] - iids[0] + 1 > iids.length, "image id gaps");
    for (int i = 1; i < iids.length; i++) {
      assertTrue(iids[i] > iids[i - 1]);
    }
  }

  @Test
  void currentCollectionsHaveTheKeysOfCollection63OldOnesThoseOfCollection35() {
    List<String> current = Samples.keys(Samples.collection63());
    Set<String> old = new HashSet<>(Samples.keys(Samples.collection35()));
    boolean sawOld = false;
    for (ObjectNode c : collections) {
      if (c.has("download_url")) {
        assertEquals(current, Samples.keys(c));
        assertTypesCompatible(Samples.collection63(), c);
      } else {
        sawOld = true;
        assertEquals(old, new HashSet<>(Samples.keys(c)));
        assertTypesCompatible(Samples.collection35(), c);
        assertTrue(c.get("add_date").asText().endsWith("Z"));
      }
    }
    assertTrue(sawOld);
  }

  private static void assertTypesCompatible(JsonNode sample, JsonNode record) {
    sample
        .fields()
        .forEachRemaining(
            e -> {
              JsonNode value = record.get(e.getKey());
              JsonNodeType want = e.getValue().getNodeType();
              if (value == null || value.isNull() || want == JsonNodeType.NULL) {
                return;
              }
              boolean numberAsString =
                  e.getKey().equals("number_of_subjects") && value.asText().matches("\\d+");
              assertTrue(
                  value.getNodeType() == want || numberAsString,
                  () ->
                      e.getKey()
                          + " is "
                          + value.getNodeType()
                          + ", sample has "
                          + want
                          + " in "
                          + record.get("id"));
            });
  }

  private static boolean isOld(JsonNode image) {
    return !image.has("data_origin");
  }

  private static List<ObjectNode> ofType(String type) {
    return new ArrayList<>(
        images.stream().filter(i -> i.get("image_type").asText().equals(type)).toList());
  }

  private static double share(List<ObjectNode> nodes, java.util.function.Predicate<ObjectNode> p) {
    return nodes.stream().filter(p).count() / (double) nodes.size();
  }
}
