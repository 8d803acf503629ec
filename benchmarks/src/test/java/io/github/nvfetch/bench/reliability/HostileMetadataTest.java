package io.github.nvfetch.bench.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.FailedImage;
import io.github.nvfetch.core.IdsRequest;
import io.github.nvfetch.core.ImageOutcome;
import io.github.nvfetch.core.InvalidMetadataException;
import io.github.nvfetch.core.Mode;
import io.github.nvfetch.core.store.CorruptFileException;
import io.github.nvfetch.core.store.FileTooLargeException;
import io.github.nvfetch.reactor.HarvestEvent;
import io.github.nvfetch.reactor.HarvestListener;
import io.github.nvfetch.reactor.MalformedResponseException;
import io.github.nvfetch.reactor.NeuroVaultClient;
import io.github.nvfetch.reactor.RetrySettings;
import io.github.nvfetch.testkit.Corpus;
import io.github.nvfetch.testkit.CorpusSpec;
import io.github.nvfetch.testkit.Faults;
import io.github.nvfetch.testkit.HostileImageIds;
import io.github.nvfetch.testkit.LoggedRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;

/**
 * The replica's hostile records (path traversal, a non-numeric collection id, a 50 GB
 * Content-Length, a gzip bomb, gzip that is not NIfTI, JSON nested 1000 deep, a 20 MB string),
 * asked for by id, through their collection, and within a harvest of everything: each is rejected
 * with a specific reason, the rest of the harvest goes on, nothing partial remains and nothing is
 * written outside the data directory.
 */
class HostileMetadataTest {

  private static final CorpusSpec SPEC =
      CorpusSpec.builder()
          .seed(5)
          .collections(3)
          .images(12)
          .missingFileRate(0.1)
          .corruptFileRate(0.1)
          .privateCollectionRate(0)
          .hostileRecords(true)
          .build();

  /**
   * Few, quick retries: every hostile record fails the same way each time, and each attempt at a
   * page holding the 20 MB record transfers all of it.
   */
  private static final RetrySettings QUICK_RETRY =
      RetrySettings.builder()
          .maxAttempts(2)
          .initialBackoff(Duration.ofMillis(10))
          .maxBackoff(Duration.ofMillis(50))
          .build();

  /** Pages of 2 records: few pages hold the deep or the huge record. */
  private static final int PAGE_SIZE = 2;

  /** Why an image must be rejected: what it is, the type of the failure, words of its reason. */
  private record Rejection(String what, Class<? extends Throwable> type, String words) {}

  @TempDir Path tempDir;

  @Test
  void eachHostileImageAskedForByIdIsRejectedWithItsReason() {
    Workspace workspace = Workspace.in(tempDir);
    try (RestartableReplica replica = RestartableReplica.start(SPEC, Faults.none())) {
      HostileImageIds hostile = replica.corpus().hostileImageIds().orElseThrow();
      IdsRequest request =
          IdsRequest.builder()
              .dataDir(workspace.dataDir())
              .imageIds(hostile.all().stream().mapToLong(Long::longValue).toArray())
              .build();

      HarvestRun run = harvest(replica, (client, l) -> client.fetchIdsOutcomes(request, l));

      Map<Long, Rejection> expected = listedRejections(hostile);
      expected.put(
          hostile.deepJson(),
          new Rejection(
              "JSON nested 1000 deep", MalformedResponseException.class, "nesting depth"));
      expected.put(
          hostile.hugeString(),
          new Rejection("a 20 MB string", MalformedResponseException.class, "string value length"));
      Reachability none = Reachability.of(replica.corpus(), LongStream.empty());
      report(
          "the 8 hostile images", "by image ids", workspace, replica, run, none, expected.keySet());
      assertRejected(run, expected);
      assertEquals(Set.of(), run.fetchedIds(), "no hostile image is fetched");
      assertNothingDownloaded(run, hostile.hugeContentLength());
      assertSafeAfterwards(workspace, replica, none);
    }
  }

  @Test
  void theirCollectionIsHarvestedWithoutThemAndTheHarvestGoesOn() {
    Workspace workspace = Workspace.in(tempDir);
    try (RestartableReplica replica = RestartableReplica.start(SPEC, Faults.none())) {
      Corpus corpus = replica.corpus();
      HostileImageIds hostile = corpus.hostileImageIds().orElseThrow();
      long hostileCollection = corpus.collectionOf(hostile.pathTraversal());
      long regularCollection = corpus.collectionIds().findFirst().orElseThrow();
      Reachability regular = Reachability.ofCollections(corpus, regularCollection);
      IdsRequest request =
          IdsRequest.builder()
              .dataDir(workspace.dataDir())
              .collectionIds(hostileCollection, regularCollection)
              .build();

      HarvestRun run = harvest(replica, (client, l) -> client.fetchIdsOutcomes(request, l));

      assertHostileRecordsRejectedAndTheRestFetched(
          workspace,
          replica,
          run,
          regular,
          "their collection, then a regular one",
          "by collection ids");
    }
  }

  @Test
  void aHarvestOfEverythingSkipsThemAndFetchesTheRest() {
    Workspace workspace = Workspace.in(tempDir);
    try (RestartableReplica replica = RestartableReplica.start(SPEC, Faults.none())) {
      Corpus corpus = replica.corpus();
      Set<Long> hostileIds = new TreeSet<>(corpus.hostileImageIds().orElseThrow().all());
      Reachability regular =
          Reachability.of(corpus, corpus.imageIds().filter(id -> !hostileIds.contains(id)));

      HarvestRun run =
          harvest(
              replica,
              (client, l) ->
                  client.fetchOutcomes(
                      Requests.everything(workspace.dataDir(), Mode.DOWNLOAD_NEW, false), l));

      assertHostileRecordsRejectedAndTheRestFetched(
          workspace, replica, run, regular, "everything public", "filtered, no terms, no limit");
    }
  }

  private void assertHostileRecordsRejectedAndTheRestFetched(
      Workspace workspace,
      RestartableReplica replica,
      HarvestRun run,
      Reachability regular,
      String scenario,
      String mode) {
    HostileImageIds hostile = replica.corpus().hostileImageIds().orElseThrow();
    Map<Long, Rejection> expected = listedRejections(hostile);
    regular
        .unreachable()
        .forEach(
            id ->
                expected.put(
                    id,
                    new Rejection(
                        "a regular image whose file is missing or corrupt", Exception.class, "")));
    report(scenario, mode, workspace, replica, run, regular, expected.keySet());

    assertRejected(run, expected);
    assertEquals(regular.reachable(), run.fetchedIds(), "every regular image that can be");
    List<HarvestEvent.RecordSkipped> skipped = run.events(HarvestEvent.RecordSkipped.class);
    assertEquals(2, skipped.size(), "the deep and the huge records are skipped: " + skipped);
    assertTrue(
        skipped.stream().anyMatch(s -> s.reason().contains("nesting depth")),
        "a record is refused for its nesting depth: " + skipped);
    assertTrue(
        skipped.stream()
            .anyMatch(s -> s.reason().toLowerCase(Locale.ROOT).contains("string value length")),
        "a record is refused for its huge string: " + skipped);
    assertNothingDownloaded(run, hostile.hugeContentLength());
    StoreChecks.assertStoredIdentical(workspace.dataDir(), replica.corpus(), regular.reachable());
    assertSafeAfterwards(workspace, replica, regular);
  }

  /** The hostile images a list can carry (the deep and huge records break the page instead). */
  private static Map<Long, Rejection> listedRejections(HostileImageIds hostile) {
    Map<Long, Rejection> expected = new LinkedHashMap<>();
    expected.put(
        hostile.pathTraversal(),
        new Rejection(
            "'file' climbing out with ../", InvalidMetadataException.class, "path traversal"));
    expected.put(
        hostile.encodedTraversal(),
        new Rejection(
            "'file' climbing out with ..%2F", InvalidMetadataException.class, "path traversal"));
    expected.put(
        hostile.stringCollectionId(),
        new Rejection(
            "collection_id '../../evil'",
            InvalidMetadataException.class,
            "no usable collection_id"));
    expected.put(
        hostile.hugeContentLength(),
        new Rejection(
            "a 50 GB Content-Length", FileTooLargeException.class, "declares 50000000000 bytes"));
    expected.put(
        hostile.gzipBomb(),
        new Rejection(
            "a gzip bomb (2 GiB from 2 MB)", CorruptFileException.class, "decompression bomb"));
    expected.put(
        hostile.notNifti(),
        new Rejection("gzip that is not NIfTI", CorruptFileException.class, "not a nifti-1"));
    return expected;
  }

  private static HarvestRun harvest(
      RestartableReplica replica,
      BiFunction<NeuroVaultClient, HarvestListener, Flux<ImageOutcome>> harvest) {
    NeuroVaultClient client =
        replica.clientBuilder().pageSize(PAGE_SIZE).retry(QUICK_RETRY).build();
    return HarvestRun.run(client, l -> harvest.apply(client, l));
  }

  private static void assertRejected(HarvestRun run, Map<Long, Rejection> expected) {
    Map<Long, FailedImage> failures = run.failuresById();
    expected.forEach(
        (id, rejection) -> {
          String what = "image " + id + " (" + rejection.what() + ")";
          assertFalse(run.fetchedIds().contains(id), what + " was fetched, not rejected");
          FailedImage failure = failures.get(id);
          assertNotNull(failure, what + " is neither fetched nor reported as failed");
          assertTrue(
              rejection.type().isInstance(failure.cause()),
              what
                  + " rejected with "
                  + failure.cause()
                  + ", expected a "
                  + rejection.type().getSimpleName());
          assertTrue(
              failure.reason().toLowerCase(Locale.ROOT).contains(rejection.words()),
              what
                  + " rejected for '"
                  + failure.reason()
                  + "', expected a reason saying '"
                  + rejection.words()
                  + "'");
        });
    assertEquals(new TreeSet<>(expected.keySet()), failures.keySet(), "the images rejected");
  }

  /** Asserts not a byte of this image's file reached the client's store. */
  private static void assertNothingDownloaded(HarvestRun run, long imageId) {
    List<HarvestEvent.BytesTransferred> progress = run.events(HarvestEvent.BytesTransferred.class);
    assertFalse(progress.isEmpty(), "the client reports the bytes it writes");
    assertEquals(
        List.of(),
        progress.stream().filter(b -> b.imageId() == imageId).toList(),
        "bytes of image " + imageId + " were written although its length is refused");
  }

  private static void assertSafeAfterwards(
      Workspace workspace, RestartableReplica replica, Reachability regular) {
    StoreChecks.assertNoLeftovers(workspace.dataDir());
    StoreChecks.assertOnlyLayoutFiles(workspace.dataDir());
    assertEquals(
        regular.reachable(),
        StoreChecks.imageFiles(workspace.dataDir()),
        "the image files on disk");
    List<String> escapes =
        replica.requestLog().stream()
            .map(LoggedRequest::pathAndQuery)
            .filter(p -> p.contains("passwd") || p.contains("evil"))
            .toList();
    assertEquals(List.of(), escapes, "requests for paths a hostile record pointed to");
    workspace.assertNothingChangedOutsideDataDir();
  }

  private static void report(
      String scenario,
      String mode,
      Workspace workspace,
      RestartableReplica replica,
      HarvestRun run,
      Reachability regular,
      Set<Long> mustFail) {
    ReliabilityReport.add(
        new ReliabilityReport.Row(
            "hostile metadata",
            scenario,
            mode,
            regular.reachable().size(),
            mustFail.size(),
            run.fetchedIds().size(),
            0,
            run.failures().size(),
            run.failuresById().keySet().equals(new TreeSet<>(mustFail)),
            StoreChecks.lost(workspace.dataDir(), replica.corpus(), regular.reachable()).size(),
            replica.figures(),
            run.elapsed()));
  }
}
