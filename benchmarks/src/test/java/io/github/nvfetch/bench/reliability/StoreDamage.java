package io.github.nvfetch.bench.reliability;

import io.github.nvfetch.core.store.LocalStore;
import io.github.nvfetch.testkit.Corpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Damage done to a complete store before a harvest must repair or complete it. */
public final class StoreDamage {

  private static final byte[] GARBAGE =
      "half a download, then the power went out".getBytes(StandardCharsets.US_ASCII);

  private StoreDamage() {}

  /**
   * What an interrupted run and a careless user leave: the second collection holding reachable
   * images removed whole; then, among the other reachable images, every fourth one's file deleted
   * (its metadata kept) with a garbage {@code .part} in its place, every fourth but one its
   * metadata deleted (its file kept); a stale temporary file of an atomic write; a {@code .part} of
   * an image that cannot be fetched.
   */
  public static void partlyEmpty(Path dataDir, Corpus corpus, Reachability selection) {
    LocalStore store = LocalStore.at(dataDir);
    List<Long> reachable = selection.reachableInOrder();
    List<Long> collections = reachable.stream().map(corpus::collectionOf).distinct().toList();
    long removedCollection = collections.get(1);
    deleteTree(store.collectionDir(removedCollection));
    List<Long> others =
        reachable.stream().filter(id -> corpus.collectionOf(id) != removedCollection).toList();
    for (int i = 0; i < others.size(); i++) {
      long id = others.get(i);
      Path file = store.imageFile(corpus.collectionOf(id), id);
      if (i % 4 == 0) {
        delete(file);
        write(file.resolveSibling(file.getFileName() + ".part"), GARBAGE);
      } else if (i % 4 == 1) {
        delete(file.resolveSibling("image_" + id + "_metadata.json"));
      }
    }
    long first = others.get(0);
    write(
        store
            .collectionDir(corpus.collectionOf(first))
            .resolve(".collection_metadata.json.0b4d.nvtmp"),
        GARBAGE);
    long unreachable = selection.unreachable().iterator().next();
    Path never = store.imageFile(corpus.collectionOf(unreachable), unreachable);
    write(never.resolveSibling(never.getFileName() + ".part"), GARBAGE);
  }

  /**
   * What {@code overwrite} must repair: the first reachable image's file replaced by garbage, the
   * second one's metadata edited.
   */
  public static void tamper(Path dataDir, Corpus corpus, Reachability selection) {
    LocalStore store = LocalStore.at(dataDir);
    List<Long> reachable = selection.reachableInOrder();
    long garbled = reachable.get(0);
    write(store.imageFile(corpus.collectionOf(garbled), garbled), GARBAGE);
    long edited = reachable.get(1);
    Path metadata =
        store
            .collectionDir(corpus.collectionOf(edited))
            .resolve("image_" + edited + "_metadata.json");
    try {
      String json = Files.readString(metadata);
      Files.writeString(
          metadata, json.replaceFirst("\"name\":\"[^\"]*\"", "\"name\":\"edited by hand\""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, byte[] bytes) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path file) {
    try {
      Files.delete(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(StoreDamage::delete);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
