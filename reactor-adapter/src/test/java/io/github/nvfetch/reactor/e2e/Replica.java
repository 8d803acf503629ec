package io.github.nvfetch.reactor.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.CollectionMeta;
import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.ImageMeta;
import io.github.nvfetch.core.store.LocalStore;
import io.github.nvfetch.reactor.NeuroVaultClient;
import io.github.nvfetch.reactor.NeuroVaultClientBuilder;
import io.github.nvfetch.reactor.RetrySettings;
import io.github.nvfetch.testkit.Corpus;
import io.github.nvfetch.testkit.CorpusSpec;
import io.github.nvfetch.testkit.FileStatus;
import io.github.nvfetch.testkit.Faults;
import io.github.nvfetch.testkit.LoggedRequest;
import io.github.nvfetch.testkit.ReplicaRoute;
import io.github.nvfetch.testkit.ReplicaStats;
import io.github.nvfetch.testkit.ReplicaServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Test harness: an in-process replica on loopback, a client pointed at it with quick retries,
 * an oracle that computes nilearn's selection straight from the corpus, and checks of what is
 * on disk.
 */
final class Replica implements AutoCloseable {

  final ReplicaServer server;
  final Corpus corpus;

  private Replica(ReplicaServer server) {
    this.server = server;
    this.corpus = server.corpus();
  }

  static Replica start(CorpusSpec spec, Faults faults) {
    return new Replica(ReplicaServer.builder().corpus(spec).faults(faults).start());
  }

  static Replica start(CorpusSpec spec) {
    return start(spec, Faults.none());
  }

  /** A client builder aimed at this replica, with short backoffs so tests stay quick. */
  NeuroVaultClientBuilder clientBuilder() {
    return NeuroVaultClient.builder()
        .baseUrl(server.baseUrl())
        .neurosynthUrl(server.neurosynthUrl())
        .requestsPerSecond(1000)
        .retry(RetrySettings.builder().maxAttempts(10).initialBackoff(Duration.ofMillis(20))
            .maxBackoff(Duration.ofMillis(400)).maxRetryAfter(Duration.ofSeconds(2)).build());
  }

  NeuroVaultClient client() {
    return clientBuilder().build();
  }

  CollectionMeta collection(long id) {
    return CollectionMeta.fromJson(corpus.collectionJson(id, server.baseUrl()));
  }

  ImageMeta image(long id) {
    return ImageMeta.fromJson(corpus.imageJson(id, server.baseUrl()));
  }

  /**
   * nilearn's selection for a fresh filtered fetch, computed from the corpus alone: collections
   * in API order, then their images in order, every filter applied; the images selected until
   * {@code maxImages} of them have files that can be fetched.
   */
  List<Long> expectedSelection(FetchRequest request) {
    List<Long> selected = new ArrayList<>();
    int reachable = 0;
    int max = request.maxImages().orElse(Integer.MAX_VALUE);
    for (long cid : (Iterable<Long>) corpus.collectionIds().boxed()::iterator) {
      if (!request.collectionSelection().test(collection(cid))) {
        continue;
      }
      for (long iid : (Iterable<Long>) corpus.imageIds(cid).boxed()::iterator) {
        if (reachable >= max) {
          return selected;
        }
        if (request.imageSelection().test(image(iid))) {
          selected.add(iid);
          reachable += corpus.fileStatus(iid) == FileStatus.OK ? 1 : 0;
        }
      }
    }
    return selected;
  }

  /**
   * The collections nilearn writes metadata for when it stops after {@code selection}: every
   * collection passing the collection filters, in API order, up to the last selected image's.
   */
  List<Long> expectedCollectionsReached(FetchRequest request, List<Long> selection) {
    long last = corpus.collectionOf(selection.get(selection.size() - 1));
    List<Long> reached = new ArrayList<>();
    for (long cid : (Iterable<Long>) corpus.collectionIds().boxed()::iterator) {
      if (request.collectionSelection().test(collection(cid))) {
        reached.add(cid);
      }
      if (cid == last) {
        return reached;
      }
    }
    throw new AssertionError("collection " + last + " is not in the corpus");
  }

  /** Ids of the collections whose metadata file is in the data dir. */
  static List<Long> collectionsOnDisk(Path dataDir) {
    try (Stream<Path> dirs = Files.list(dataDir.resolve("neurovault"))) {
      return dirs.filter(dir -> Files.isRegularFile(dir.resolve("collection_metadata.json")))
          .map(dir -> dir.getFileName().toString())
          .filter(name -> name.matches("collection_\\d+"))
          .map(name -> Long.parseLong(name.substring("collection_".length())))
          .sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Asserts each image's file is in the store, byte for byte what the corpus serves. */
  void assertStoredIdentical(Path dataDir, List<Long> imageIds) {
    LocalStore store = LocalStore.at(dataDir);
    for (long id : imageIds) {
      Path file = store.imageFile(corpus.collectionOf(id), id);
      try {
        assertArrayEquals(corpus.fileBytes(id), Files.readAllBytes(file), "image " + id);
      } catch (IOException e) {
        throw new UncheckedIOException("image " + id + " is not on disk", e);
      }
      assertTrue(Files.isRegularFile(file.resolveSibling("image_" + id + "_metadata.json")),
          "metadata of image " + id);
    }
  }

  /** Every file under the data dir whose name says it is partial or temporary. */
  static List<Path> leftovers(Path dataDir) {
    if (!Files.exists(dataDir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dataDir)) {
      return files.filter(p -> {
        String name = p.getFileName().toString();
        return name.endsWith(".part") || name.endsWith(".nvtmp");
      }).collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Image ids of the image files under the data dir. */
  static List<Long> imagesOnDisk(Path dataDir) {
    if (!Files.exists(dataDir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dataDir)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.matches("image_\\d+\\.nii\\.gz"))
          .map(n -> Long.parseLong(n.substring(6, n.length() - 7)))
          .sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Zeroes the replica's counters once the requests of earlier runs have been answered (a
   * cancelled harvest may leave a shared Neurosynth lookup finishing in the background).
   */
  void resetStats() {
    server.awaitIdle(Duration.ofSeconds(10));
    server.resetStats();
  }

  /** What the replica counted, once the responses in flight are accounted for. */
  ReplicaStats stats() {
    server.awaitIdle(Duration.ofSeconds(10));
    return server.stats();
  }

  /** Requests the replica logged on a route, once the responses in flight are logged. */
  List<LoggedRequest> requests(ReplicaRoute route) {
    server.awaitIdle(Duration.ofSeconds(10));
    return server.requestLog().stream().filter(r -> r.route().equals(route.wireName()))
        .collect(Collectors.toList());
  }

  void assertNoLeftovers(Path dataDir) {
    assertEquals(List.of(), leftovers(dataDir), "partial files left behind");
  }

  @Override
  public void close() {
    server.close();
  }
}
