package io.github.nvfetch.bench.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.nvfetch.core.internal.StoreLock;
import io.github.nvfetch.core.store.LocalStore;
import io.github.nvfetch.testkit.Corpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a data directory holds after a harvest, checked against the corpus: whole files byte for
 * byte, their metadata, nothing partial, nothing outside nilearn's layout.
 */
public final class StoreChecks {

  /**
   * Every file a harvest may leave in its data directory: nilearn's layout, the lock file that
   * concurrent harvests share, and the records of filtered walks.
   */
  private static final Pattern LAYOUT =
      Pattern.compile(
          "neurovault/collection_\\d+/"
              + "(collection_metadata\\.json|image_\\d+\\.nii\\.gz|image_\\d+_metadata\\.json"
              + "|neurosynth_words_for_image_\\d+\\.json)|"
              + Pattern.quote(StoreLock.FILE_NAME)
              + "|neurovault/\\.nvfetch/walk-[0-9a-f]{16}\\.json");

  private static final Pattern IMAGE_FILE = Pattern.compile("image_(\\d+)\\.nii\\.gz");
  private static final ObjectMapper JSON = new ObjectMapper();

  private StoreChecks() {}

  /**
   * Asserts each image's file is in its collection's folder, byte for byte what the corpus serves,
   * with a metadata file describing that image (id, collection, name as served).
   */
  public static void assertStoredIdentical(Path dataDir, Corpus corpus, Collection<Long> ids) {
    LocalStore store = LocalStore.at(dataDir);
    for (long id : ids) {
      long collection = corpus.collectionOf(id);
      Path file = store.imageFile(collection, id);
      assertTrue(Files.isRegularFile(file), "image " + id + " is not on disk: " + file);
      assertArrayEquals(corpus.fileBytes(id), read(file), "bytes of image " + id);
      JsonNode metadata = json(file.resolveSibling("image_" + id + "_metadata.json"));
      assertEquals(id, metadata.path("id").asLong(), "metadata id of image " + id);
      assertEquals(
          collection,
          metadata.path("collection_id").asLong(),
          "metadata collection of image " + id);
      assertEquals(
          corpus.imageJson(id).path("name"), metadata.path("name"), "metadata name of image " + id);
      assertTrue(
          Files.isRegularFile(store.collectionDir(collection).resolve("collection_metadata.json")),
          "metadata of collection " + collection);
    }
  }

  /**
   * The images that are not on disk as the corpus serves them (file missing or different, or
   * metadata missing): the images lost.
   */
  public static Set<Long> lost(Path dataDir, Corpus corpus, Collection<Long> ids) {
    LocalStore store = LocalStore.at(dataDir);
    Set<Long> lost = new TreeSet<>();
    for (long id : ids) {
      Path file = store.imageFile(corpus.collectionOf(id), id);
      boolean whole =
          Files.isRegularFile(file)
              && java.util.Arrays.equals(corpus.fileBytes(id), read(file))
              && Files.isRegularFile(file.resolveSibling("image_" + id + "_metadata.json"));
      if (!whole) {
        lost.add(id);
      }
    }
    return lost;
  }

  /** Asserts no file and no metadata of these images is on disk. */
  public static void assertAbsent(Path dataDir, Corpus corpus, Collection<Long> ids) {
    LocalStore store = LocalStore.at(dataDir);
    for (long id : ids) {
      Path file = store.imageFile(corpus.collectionOf(id), id);
      assertFalse(
          Files.exists(file), "image " + id + " cannot be fetched, yet " + file + " exists");
      assertFalse(
          Files.exists(file.resolveSibling("image_" + id + "_metadata.json")),
          "image " + id + " cannot be fetched, yet its metadata exists");
    }
  }

  /** Asserts no part or temporary file is anywhere under the data directory. */
  public static void assertNoLeftovers(Path dataDir) {
    assertEquals(List.of(), leftovers(dataDir), "partial or temporary files left behind");
  }

  /** Asserts every file under the data directory belongs to nilearn's layout. */
  public static void assertOnlyLayoutFiles(Path dataDir) {
    List<String> strays =
        files(dataDir).stream().filter(name -> !LAYOUT.matcher(name).matches()).toList();
    assertEquals(List.of(), strays, "files outside nilearn's layout in the data directory");
  }

  /** Part and temporary files under the data directory. */
  public static List<String> leftovers(Path dataDir) {
    return files(dataDir).stream()
        .filter(
            name -> {
              String base = name.substring(name.lastIndexOf('/') + 1);
              return base.endsWith(".part")
                  || base.endsWith(".nvtmp")
                  || base.startsWith(".") && !name.equals(StoreLock.FILE_NAME);
            })
        .toList();
  }

  /** Ids of the images whose file and metadata are both on disk. */
  public static Set<Long> completeImages(Path dataDir) {
    return imagesOnDisk(dataDir, true);
  }

  /** Ids of the images whose file is on disk, with or without metadata. */
  public static Set<Long> imageFiles(Path dataDir) {
    return imagesOnDisk(dataDir, false);
  }

  /** Asserts each image's file on disk is byte for byte what the corpus serves. */
  public static void assertFilesIdentical(Path dataDir, Corpus corpus, Collection<Long> ids) {
    LocalStore store = LocalStore.at(dataDir);
    for (long id : ids) {
      assertArrayEquals(
          corpus.fileBytes(id),
          read(store.imageFile(corpus.collectionOf(id), id)),
          "bytes of image " + id);
    }
  }

  private static Set<Long> imagesOnDisk(Path dataDir, boolean withMetadata) {
    Set<Long> ids = new TreeSet<>();
    for (String name : files(dataDir)) {
      Path file = dataDir.resolve(name);
      Matcher m = IMAGE_FILE.matcher(file.getFileName().toString());
      if (m.matches()
          && (!withMetadata
              || Files.isRegularFile(
                  file.resolveSibling("image_" + m.group(1) + "_metadata.json")))) {
        ids.add(Long.parseLong(m.group(1)));
      }
    }
    return ids;
  }

  /** Every regular file under a directory, relative, with {@code /} separators, sorted. */
  public static List<String> files(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode json(Path file) {
    assertTrue(Files.isRegularFile(file), "missing " + file);
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new AssertionError(file + " is not valid JSON: " + e.getMessage(), e);
    }
  }
}
