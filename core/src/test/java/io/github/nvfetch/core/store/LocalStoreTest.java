package io.github.nvfetch.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.nvfetch.core.CollectionMeta;
import io.github.nvfetch.core.ImageMeta;
import io.github.nvfetch.core.InvalidMetadataException;
import io.github.nvfetch.core.internal.Json;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStoreTest {

  @TempDir Path dataDir;

  private static CollectionMeta collection(long id) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("id", id);
    fields.put("name", "collection " + id);
    fields.put("DOI", "");
    fields.put("number_of_images", 2);
    return CollectionMeta.fromMap(fields);
  }

  private static ImageMeta image(long id, Object collectionId) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("id", id);
    fields.put("collection_id", collectionId);
    fields.put("map_type", "T map");
    fields.put("modality", "None / Other");
    return ImageMeta.fromMap(fields);
  }

  private static JsonNode readJson(Path file) throws IOException {
    return Json.MAPPER.readTree(file.toFile());
  }

  private static List<String> filesUnder(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString())
          .sorted()
          .collect(Collectors.toList());
    }
  }

  @Test
  void savesInNilearnLayoutWithTrulyRelativePathsAndNoAbsoluteKeys() throws IOException {
    LocalStore store = LocalStore.at(dataDir);
    CollectionMeta saved = store.saveCollection(collection(10));
    ImageMeta image = store.saveImage(image(100, 10), true);

    Path nv = dataDir.resolve("neurovault");
    JsonNode collectionJson = readJson(nv.resolve("collection_10/collection_metadata.json"));
    assertEquals("collection_10", collectionJson.get("relative_path").asText());
    assertTrue(collectionJson.get("DOI").isNull(), "null-like strings are saved as null");
    assertFalse(collectionJson.has("absolute_path"));

    JsonNode imageJson = readJson(nv.resolve("collection_10/image_100_metadata.json"));
    assertEquals("collection_10/image_100.nii.gz", imageJson.get("relative_path").asText());
    assertEquals(
        "collection_10/image_100_resampled.nii.gz",
        imageJson.get("resampled_relative_path").asText());
    assertEquals(
        "collection_10/neurosynth_words_for_image_100.json",
        imageJson.get("ns_words_relative_path").asText());
    imageJson.fieldNames().forEachRemaining(k -> assertFalse(k.contains("absolute"), k));
    assertTrue(imageJson.get("modality").isNull());

    assertEquals(
        nv.resolve("collection_10/image_100.nii.gz").toString(), image.get("absolute_path"));
    assertEquals(nv.resolve("collection_10").toString(), saved.get("absolute_path"));
  }

  @Test
  void readsBackWhatItWrote() throws IOException {
    LocalStore store = LocalStore.at(dataDir);
    store.saveCollection(collection(10));
    store.saveImage(image(101, 10), false);
    store.saveImage(image(100, 10), false);
    try (StagedFile staged = store.stageImageFile(10, 100)) {
      staged.write(ByteBuffer.wrap(new byte[] {1, 2, 3}));
      staged.commit();
    }
    store.saveWords(
        10, 100, "{\"data\":{\"values\":{\"motor\":0.5}}}".getBytes(StandardCharsets.UTF_8));

    List<StoredImage> images = store.images().collect(Collectors.toList());
    assertEquals(List.of(100L, 101L), images.stream().map(i -> i.image().id()).toList());
    StoredImage first = images.get(0);
    assertTrue(first.fileExists());
    assertEquals(store.imageFile(10, 100), first.file());
    assertEquals(store.wordsFile(10, 100), first.wordsFile().orElseThrow());
    assertEquals(
        "collection_10/neurosynth_words_for_image_100.json",
        first.image().get("ns_words_relative_path"));
    assertFalse(images.get(1).fileExists());
    assertTrue(images.get(1).wordsFile().isEmpty());
    assertEquals(Map.of("motor", 0.5), store.readWords(10, 100).orElseThrow());
    assertEquals(10, first.collection().id());
  }

  @Test
  void readsADataDirWrittenByNilearnWithAbsoluteRelativePaths() throws IOException {
    Path nv = dataDir.resolve("neurovault");
    Path col = Files.createDirectories(nv.resolve("collection_35"));
    Files.writeString(
        col.resolve("collection_metadata.json"),
        "{\"id\": 35, \"name\": \"Changing value\", \"relative_path\": \"collection_35\"}");
    String absolute = col.resolve("image_110.nii.gz").toString();
    Files.writeString(
        col.resolve("image_110_metadata.json"),
        "{\"id\": 110, \"collection_id\": 35, \"map_type\": \"Z map\", \"relative_path\": \""
            + absolute
            + "\", \"resampled_relative_path\": \""
            + col.resolve("image_110_resampled.nii.gz")
            + "\", \"ns_words_relative_path\": \""
            + col.resolve("neurosynth_words_for_image_110.json")
            + "\"}");
    Files.write(col.resolve("image_110.nii.gz"), new byte[] {0x1f, (byte) 0x8b});

    List<StoredImage> images = LocalStore.at(dataDir).images().toList();

    assertEquals(1, images.size());
    StoredImage image = images.get(0);
    assertEquals("collection_35/image_110.nii.gz", image.image().get("relative_path"));
    assertEquals(absolute, image.image().get("absolute_path"));
    assertTrue(image.fileExists());
    assertFalse(
        image.image().containsKey("ns_words_relative_path"),
        "a stale words path is dropped when the file is absent");
    assertEquals("collection_35", image.collection().get("relative_path"));
  }

  @Test
  void skipsUnreadableMetadataFilesInsteadOfFailing() throws IOException {
    Path col = Files.createDirectories(dataDir.resolve("neurovault/collection_7"));
    Files.writeString(col.resolve("collection_metadata.json"), "{\"id\": 7}");
    Files.writeString(col.resolve("image_1_metadata.json"), "{\"id\": 1, \"collection_id\": 7}");
    Files.writeString(col.resolve("image_2_metadata.json"), "{not json");
    Files.writeString(col.resolve("image_3_metadata.json"), "{\"name\": \"no id\"}");

    List<StoredImage> images = LocalStore.at(dataDir).images().toList();

    assertEquals(List.of(1L), images.stream().map(i -> i.image().id()).toList());
  }

  @Test
  void refusesHostileCollectionIdAndWritesNothing() throws IOException {
    LocalStore store = LocalStore.at(dataDir);
    ImageMeta hostile = image(5, "../../evil");

    assertThrows(InvalidMetadataException.class, () -> store.saveImage(hostile, false));
    assertEquals(List.of(), filesUnder(dataDir));
  }

  @Test
  void refusesACollectionFolderThatLinksOutsideTheStore(@TempDir Path elsewhere)
      throws IOException {
    Path nv = Files.createDirectories(dataDir.resolve("neurovault"));
    Files.createSymbolicLink(nv.resolve("collection_66"), elsewhere);
    LocalStore store = LocalStore.at(dataDir);

    assertThrows(UnsafePathException.class, () -> store.saveCollection(collection(66)));
    StagedFile staged = store.stageImageFile(66, 1);
    assertThrows(UnsafePathException.class, () -> staged.write(ByteBuffer.wrap(new byte[1])));
    assertEquals(List.of(), filesUnder(elsewhere));
  }

  @Test
  void collectionsSavedConcurrentlyIntoAFreshStoreAllSucceed() throws Exception {
    LocalStore store = LocalStore.at(dataDir.resolve("fresh"));
    var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      var futures = new java.util.ArrayList<java.util.concurrent.Future<CollectionMeta>>();
      for (long id = 1; id <= 64; id++) {
        long cid = id;
        futures.add(pool.submit(() -> store.saveCollection(collection(cid))));
      }
      for (var f : futures) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(64, store.collectionIds().size());
  }

  @Test
  void anAbortedOrUnclosedStagedFileLeavesNothingBehind() throws IOException {
    LocalStore store = LocalStore.at(dataDir);
    try (StagedFile staged = store.stageImageFile(3, 30)) {
      staged.write(ByteBuffer.wrap(new byte[1000]));
      assertTrue(Files.exists(staged.partPath()));
      assertFalse(Files.exists(staged.target()));
    }
    assertEquals(List.of(), filesUnder(dataDir));
  }

  @Test
  void aCommittedStagedFileReplacesTheOldFileWhole() throws IOException {
    LocalStore store = LocalStore.at(dataDir);
    Path target = store.imageFile(3, 30);
    Files.createDirectories(target.getParent());
    Files.write(target, new byte[] {9, 9});
    try (StagedFile staged = store.stageImageFile(3, 30)) {
      staged.write(ByteBuffer.wrap(new byte[] {1, 2, 3, 4}));
      assertEquals(2, Files.size(target), "the old file stays until the commit");
      staged.commit();
    }
    assertEquals(List.of("neurovault/collection_3/image_30.nii.gz"), filesUnder(dataDir));
    assertEquals(4, Files.size(target));
  }

  @Test
  void aFailingWriteLeavesNeitherTargetNorTemporaryFile() throws IOException {
    Path target = dataDir.resolve("export.csv");
    assertThrows(
        StoreException.class,
        () ->
            io.github.nvfetch.core.internal.AtomicFiles.write(
                target,
                out -> {
                  out.write(new byte[10_000]);
                  throw new IOException("disk full");
                }));
    assertEquals(List.of(), filesUnder(dataDir));
  }

  @Test
  void removesLeftoversOfAKilledRun() throws IOException {
    Path col = Files.createDirectories(dataDir.resolve("neurovault/collection_4"));
    Files.write(col.resolve("image_1.nii.gz.part"), new byte[10]);
    Files.write(col.resolve(".image_1_metadata.json.1234.nvtmp"), new byte[10]);
    Files.write(col.resolve("image_2.nii.gz"), new byte[10]);

    assertEquals(2, LocalStore.at(dataDir).removeLeftovers());
    assertEquals(List.of("neurovault/collection_4/image_2.nii.gz"), filesUnder(dataDir));
  }

  @Test
  void invalidWordsFilesReadAsAbsent() throws IOException {
    LocalStore store = LocalStore.at(dataDir);
    store.saveWords(1, 2, "{\"data\":{\"values\":{}}}".getBytes(StandardCharsets.UTF_8));
    assertTrue(store.readWords(1, 2).isEmpty());
    store.saveWords(1, 2, "not json".getBytes(StandardCharsets.UTF_8));
    assertTrue(store.readWords(1, 2).isEmpty());
    assertTrue(store.readWords(1, 3).isEmpty());
  }

  @Test
  void writabilityFollowsThePermissionsOfTheNearestExistingFolder() throws IOException {
    assertTrue(LocalStore.at(dataDir.resolve("not/yet/created")).isWritable());
    Path readOnly = Files.createDirectories(dataDir.resolve("ro"));
    assertTrue(readOnly.toFile().setWritable(false));
    try {
      boolean root = "root".equals(System.getProperty("user.name"));
      assertEquals(
          root,
          LocalStore.at(readOnly).isWritable(),
          "only root can write into a read-only folder");
    } finally {
      readOnly.toFile().setWritable(true);
    }
  }
}
