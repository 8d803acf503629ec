package io.github.nvfetch.reactor.e2e;

import io.github.nvfetch.core.CollectionMeta;
import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.ImageMeta;
import io.github.nvfetch.reactor.NeuroVaultClient;
import io.github.nvfetch.reactor.NeuroVaultClientBuilder;
import io.github.nvfetch.reactor.RetrySettings;
import io.github.nvfetch.testkit.Corpus;
import io.github.nvfetch.testkit.CorpusSpec;
import io.github.nvfetch.testkit.Faults;
import io.github.nvfetch.testkit.FileStatus;
import io.github.nvfetch.testkit.ReplicaServer;
import io.github.nvfetch.testkit.junit.ReplicaExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Test harness: the testkit's replica extension with a client pointed at it (quick retries) and an
 * oracle that computes nilearn's selection straight from the corpus, for the cases the recorded
 * nilearn selections do not cover (Java lambdas, flaky files).
 */
final class Replica extends ReplicaExtension {

  final ReplicaServer server;
  final Corpus corpus;

  private Replica(CorpusSpec spec, Faults faults) {
    super(ReplicaServer.builder().corpus(spec).faults(faults));
    start();
    this.server = server();
    this.corpus = server.corpus();
  }

  static Replica start(CorpusSpec spec, Faults faults) {
    return new Replica(spec, faults);
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
        .retry(
            RetrySettings.builder()
                .maxAttempts(10)
                .initialBackoff(Duration.ofMillis(20))
                .maxBackoff(Duration.ofMillis(400))
                .maxRetryAfter(Duration.ofSeconds(2))
                .build());
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
   * nilearn's selection for a fresh filtered fetch, computed from the corpus alone: collections in
   * API order, then their images in order, every filter applied; the images selected until {@code
   * maxImages} of them have files that can be fetched.
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
}
