package io.github.nvfetch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.nvfetch.core.internal.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NeuroVaultDatasetTest {

  @TempDir Path dir;

  private FetchedImage fetched(
      long id, long collectionId, Map<String, Object> extra, Optional<Path> words) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("id", id);
    fields.put("collection_id", collectionId);
    fields.putAll(extra);
    CollectionMeta collection =
        CollectionMeta.fromMap(Map.of("id", collectionId, "name", "c" + collectionId));
    return new FetchedImage(
        ImageMeta.fromMap(fields),
        collection,
        dir.resolve("image_" + id + ".nii.gz"),
        words,
        FetchedImage.Origin.DOWNLOADED);
  }

  private static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  private NeuroVaultDataset sample() throws IOException {
    Path words =
        Files.writeString(
            dir.resolve("w.json"), "{\"data\":{\"values\":{\"motor\":0.4,\"hand\":0.2}}}");
    return NeuroVaultDataset.of(
        List.of(
            fetched(
                1, 10, ordered("map_type", "T map", "tags", List.of("a", "b")), Optional.of(words)),
            fetched(2, 10, Map.of("name", "needs, \"quoting\""), Optional.empty()),
            fetched(3, 11, Map.of("map_type", "N/A"), Optional.empty())),
        List.of(FailedImage.ofId(4, new NeuroVaultException("file answered HTTP 404"))),
        true);
  }

  @Test
  void exposesNilearnsBunchFields() throws IOException {
    NeuroVaultDataset data = sample();

    assertEquals(
        List.of(
            dir.resolve("image_1.nii.gz"),
            dir.resolve("image_2.nii.gz"),
            dir.resolve("image_3.nii.gz")),
        data.images());
    assertEquals(List.of(1L, 2L, 3L), data.imagesMeta().stream().map(Metadata::id).toList());
    assertEquals(
        List.of(10L, 10L, 11L), data.collectionsMeta().stream().map(Metadata::id).toList());
    assertEquals(List.of("hand", "motor"), data.vocabulary().orElseThrow());
    double[][] freq = data.wordFrequencies().orElseThrow();
    assertEquals(0.2, freq[0][0]);
    assertEquals(0.0, freq[1][1]);
    assertEquals("file answered HTTP 404", data.failures().get(0).reason());
    assertTrue(data.description().contains("NeuroVault"));
  }

  @Test
  void withoutVectorizationThereIsNoVocabulary() {
    NeuroVaultDataset data = NeuroVaultDataset.of(List.of(), List.of(), false);
    assertTrue(data.vocabulary().isEmpty());
    assertTrue(data.wordFrequencies().isEmpty());
    assertTrue(data.wordVectors().isEmpty());
  }

  @Test
  void exportsImagesAsCsvWithTheUnionOfKeys() throws IOException {
    Path csv = dir.resolve("images.csv");
    sample().writeCsv(NeuroVaultDataset.Table.IMAGES, csv);

    List<String> lines = Files.readAllLines(csv);
    assertEquals("id,collection_id,map_type,tags,name", lines.get(0));
    assertEquals("1,10,\"T map\",\"[\"\"a\"\",\"\"b\"\"]\",", lines.get(1));
    assertEquals("2,10,,,\"needs, \"\"quoting\"\"\"", lines.get(2));
    assertEquals("3,11,,,", lines.get(3), "N/A was normalized to null: an empty cell");
    assertEquals(4, lines.size());
  }

  @Test
  void exportsDistinctCollectionsAsJsonLines() throws IOException {
    Path jsonl = dir.resolve("collections.jsonl");
    sample().writeJsonLines(NeuroVaultDataset.Table.COLLECTIONS, jsonl);

    List<String> lines = Files.readAllLines(jsonl);
    assertEquals(2, lines.size());
    JsonNode first = Json.MAPPER.readTree(lines.get(0));
    assertEquals(10, first.get("id").asInt());
    assertEquals("c11", Json.MAPPER.readTree(lines.get(1)).get("name").asText());
  }
}
