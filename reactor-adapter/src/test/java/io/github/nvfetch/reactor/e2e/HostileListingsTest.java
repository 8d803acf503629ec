package io.github.nvfetch.reactor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.FailedImage;
import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.FetchedImage;
import io.github.nvfetch.core.IdsRequest;
import io.github.nvfetch.core.ImageOutcome;
import io.github.nvfetch.reactor.HarvestAbortedException;
import io.github.nvfetch.reactor.HarvestEvent;
import io.github.nvfetch.reactor.NeuroVaultClient;
import io.github.nvfetch.reactor.internal.resilience.FailureTable;
import io.github.nvfetch.testkit.CorpusSpec;
import io.github.nvfetch.testkit.FileStatus;
import io.github.nvfetch.testkit.Hostility;
import io.github.nvfetch.testkit.LoggedRequest;
import io.github.nvfetch.testkit.ReplicaRoute;
import io.github.nvfetch.testkit.junit.StoreContents;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.test.StepVerifier;

/**
 * Hostile lists and records (issue 11, classes 6-9 and 12) over real HTTP against the replica's
 * hostile routes: every harvest ends, the bad list or record is reported and skipped, its
 * neighbours are fetched, and a bad page is requested a bounded number of times.
 */
class HostileListingsTest {

  private static final int PAGE = 5;
  private static final Duration LIMIT = Duration.ofSeconds(60);

  private static Replica replica;
  private static NeuroVaultClient client;
  private static long[] collections;

  @TempDir Path dataDir;
  private final List<HarvestEvent> events = new CopyOnWriteArrayList<>();
  private final Object arrived = new Object();
  private final io.github.nvfetch.reactor.HarvestListener listener =
      event -> {
        synchronized (arrived) {
          events.add(event);
          arrived.notifyAll();
        }
      };

  @BeforeAll
  static void start() {
    replica = Replica.start(CorpusSpec.builder().seed(11).collections(8).images(160).build());
    client = replica.clientBuilder().pageSize(PAGE).build();
    collections =
        replica
            .corpus
            .collectionIds()
            .filter(c -> replica.corpus.imageIds(c).count() >= 3 * PAGE)
            .limit(3)
            .toArray();
    assertEquals(3, collections.length, "the corpus has three collections of 3+ pages");
  }

  @AfterAll
  static void stop() {
    client.close();
    replica.close();
  }

  @BeforeEach
  void reset() {
    replica.server.setHostility(Hostility.none());
    replica.resetStats();
  }

  private List<ImageOutcome> harvestIds(long... collectionIds) {
    IdsRequest request = IdsRequest.builder().collectionIds(collectionIds).dataDir(dataDir).build();
    List<ImageOutcome> outcomes = new CopyOnWriteArrayList<>();
    StepVerifier.create(client.fetchIdsOutcomes(request, listener))
        .recordWith(() -> outcomes)
        .thenConsumeWhile(o -> true)
        .expectComplete()
        .verify(LIMIT);
    return outcomes;
  }

  private static List<Long> fetchedIds(List<ImageOutcome> outcomes) {
    return outcomes.stream()
        .filter(ImageOutcome::isSuccess)
        .map(ImageOutcome::imageId)
        .collect(Collectors.toList());
  }

  private static List<Long> fetchable(long collectionId) {
    return replica
        .corpus
        .imageIds(collectionId)
        .filter(id -> replica.corpus.fileStatus(id) == FileStatus.OK)
        .boxed()
        .collect(Collectors.toList());
  }

  /**
   * The events of a type, once at least one has arrived (events reach listeners on the client's
   * delivery thread, possibly just after the harvest completed); waits at most 10 s.
   */
  private <T extends HarvestEvent> List<T> eventsOf(Class<T> type) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    synchronized (arrived) {
      while (events.stream().noneMatch(type::isInstance) && System.nanoTime() < deadline) {
        try {
          arrived.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    return events.stream().filter(type::isInstance).map(type::cast).collect(Collectors.toList());
  }

  private static List<LoggedRequest> listRequests(long collectionId) {
    String path = Hostility.collectionImages(collectionId);
    return replica.requests(ReplicaRoute.COLLECTION_IMAGES).stream()
        .filter(r -> r.pathAndQuery().startsWith(path))
        .collect(Collectors.toList());
  }

  private static void assertNeighboursComplete(List<ImageOutcome> outcomes, long... others) {
    List<Long> fetched = fetchedIds(outcomes);
    for (long other : others) {
      assertTrue(fetched.containsAll(fetchable(other)), "collection " + other + " complete");
    }
    assertEquals(fetched.size(), new HashSet<>(fetched).size(), "no image twice: " + fetched);
  }

  @Test
  void aNextLinkToItselfEndsThatListAfterOnePage() {
    long hostile = collections[1];
    replica.server.setHostility(
        Hostility.builder().selfNext(Hostility.collectionImages(hostile)).build());

    List<ImageOutcome> outcomes = harvestIds(collections[0], hostile, collections[2]);

    assertEquals(1, listRequests(hostile).size(), "the looping page is read once");
    List<Long> fromHostile =
        fetchedIds(outcomes).stream()
            .filter(id -> replica.corpus.imageIds(hostile).anyMatch(i -> i == id))
            .toList();
    assertEquals(
        fetchable(hostile).stream()
            .filter(id -> replica.corpus.imageIds(hostile).limit(PAGE).anyMatch(i -> i == id))
            .toList(),
        fromHostile,
        "its first page, once");
    assertEquals(1, eventsOf(HarvestEvent.ListingFailed.class).size(), events.toString());
    assertNeighboursComplete(outcomes, collections[0], collections[2]);
  }

  @Test
  void aCycleThroughTwoPagesNeverReturnsAnImageTwiceEvenWithALimit() {
    replica.server.setHostility(
        Hostility.builder().nextBackToFirst(Hostility.COLLECTION_LIST).build());
    FetchRequest request =
        FetchRequest.fromJson("{\"max_images\": 40}").toBuilder().dataDir(dataDir).build();

    List<FetchedImage> fetched = client.fetch(request, listener).collectList().block(LIMIT);

    List<Long> ids = fetched.stream().map(FetchedImage::imageId).toList();
    assertEquals(ids.size(), new HashSet<>(ids).size(), "no image twice: " + ids);
    assertEquals(
        2,
        replica.requests(ReplicaRoute.COLLECTION_LIST).size(),
        "A and B once each, never around the cycle");
    assertEquals(1, eventsOf(HarvestEvent.ListingFailed.class).size(), events.toString());
  }

  @ParameterizedTest(name = "count {0}")
  @ValueSource(strings = {"\"many\"", "-1", "1e400", "null", "[]"})
  void aBadCountSkipsThatListAfterABoundedNumberOfRequests(String count) {
    long hostile = collections[1];
    replica.server.setHostility(
        Hostility.builder().countValue(Hostility.collectionImages(hostile), count).build());

    List<ImageOutcome> outcomes = harvestIds(collections[0], hostile, collections[2]);

    assertEquals(
        FailureTable.pageFailuresInARow(PAGE),
        listRequests(hostile).size(),
        "limit 5, 2, 1, five single records skipped, then the list fails");
    assertEquals(1, eventsOf(HarvestEvent.CollectionFailed.class).size(), events.toString());
    assertNeighboursComplete(outcomes, collections[0], collections[2]);
  }

  @Test
  void aPageNestedTooDeepSkipsThatListAfterABoundedNumberOfRequests() {
    long hostile = collections[0];
    replica.server.setHostility(
        Hostility.builder().deepNesting(Hostility.collectionImages(hostile), 200_000).build());

    List<ImageOutcome> outcomes = harvestIds(hostile, collections[1], collections[2]);

    assertEquals(
        FailureTable.pageFailuresInARow(PAGE),
        listRequests(hostile).size(),
        "limit 5, 2, 1, five single records skipped, then the list fails");
    assertEquals(1, eventsOf(HarvestEvent.CollectionFailed.class).size(), events.toString());
    assertNeighboursComplete(outcomes, collections[1], collections[2]);
  }

  @Test
  void aHugeResponseHeaderOnOneListSkipsOnlyThatCollection() {
    long hostile = collections[2];
    replica.server.setHostility(
        Hostility.builder().hugeHeader(Hostility.collectionImages(hostile), 9 * 1024).build());
    FetchRequest request =
        FetchRequest.fromJson("{\"max_images\": null}").toBuilder().dataDir(dataDir).build();
    List<Long> expected =
        replica.expectedSelection(request).stream()
            .filter(id -> replica.corpus.imageIds(hostile).noneMatch(i -> i == id))
            .toList();

    List<FetchedImage> fetched = client.fetch(request, listener).collectList().block(LIMIT);

    assertEquals(expected, fetched.stream().map(FetchedImage::imageId).toList());
    assertEquals(1, listRequests(hostile).size(), "an oversized header is not retried");
    assertEquals(1, eventsOf(HarvestEvent.ListingFailed.class).size(), events.toString());
  }

  @Test
  void anEmptyPageBeforeTheCountIsAShortListingReported() {
    long hostile = collections[0];
    replica.server.setHostility(
        Hostility.builder().emptyPageFrom(Hostility.collectionImages(hostile), 2 * PAGE).build());

    List<ImageOutcome> outcomes = harvestIds(hostile, collections[1]);

    assertEquals(3, listRequests(hostile).size(), "offsets 0, 5 and the empty 10");
    List<HarvestEvent.ListingShort> shorts = eventsOf(HarvestEvent.ListingShort.class);
    assertEquals(1, shorts.size(), events.toString());
    assertEquals(2 * PAGE, shorts.get(0).received());
    assertEquals(replica.corpus.imageIds(hostile).count(), shorts.get(0).announced());
    assertNeighboursComplete(outcomes, collections[1]);
  }

  @ParameterizedTest(name = "id {0}")
  @ValueSource(strings = {"1e400", "-3", "0", "1.5", "\"abc\"", "true", "{}", "null"})
  void aRecordWithABadIdIsSkippedAndItsNeighboursAreFetched(String badId) {
    long collection = collections[0];
    List<Long> images = fetchable(collection);
    long bad = images.get(PAGE + 1);
    replica.server.setHostility(Hostility.builder().imageField(bad, "id", badId).build());

    List<ImageOutcome> outcomes = harvestIds(collection);

    List<Long> expected = images.stream().filter(id -> id != bad).toList();
    assertEquals(expected, fetchedIds(outcomes));
    assertEquals(1, eventsOf(HarvestEvent.RecordSkipped.class).size(), events.toString());
  }

  @ParameterizedTest(name = "file_size {0}")
  @ValueSource(strings = {"1e400", "-1", "\"NaN\"", "1.5", "[1]", "123456789012345678901234567890"})
  void aBadFileSizeNeitherHangsNorLosesTheImage(String size) {
    long collection = collections[1];
    List<Long> images = fetchable(collection);
    replica.server.setHostility(
        Hostility.builder().imageField(images.get(0), "file_size", size).build());

    List<ImageOutcome> outcomes = harvestIds(collection);

    assertEquals(images, fetchedIds(outcomes));
    replica.assertNoLeftovers(dataDir);
  }

  @Test
  void anImageListedInAnotherCollectionIsSkippedAndReported() {
    long collection = collections[2];
    List<Long> images = fetchable(collection);
    long liar = images.get(1);
    replica.server.setHostility(
        Hostility.builder()
            .imageField(liar, "collection_id", String.valueOf(collections[0]))
            .build());

    List<ImageOutcome> outcomes = harvestIds(collection);

    assertEquals(images.stream().filter(id -> id != liar).toList(), fetchedIds(outcomes));
    List<HarvestEvent.RecordSkipped> skipped = eventsOf(HarvestEvent.RecordSkipped.class);
    assertEquals(1, skipped.size(), events.toString());
    assertTrue(skipped.get(0).reason().contains("collection_id"), skipped.get(0).reason());
  }

  @Test
  void aRecordAnsweringAnotherIdFailsThatImageOnly() {
    List<Long> images = fetchable(collections[0]);
    long asked = images.get(0);
    long other = images.get(1);
    replica.server.setHostility(
        Hostility.builder().imageDetailField(asked, "id", String.valueOf(other)).build());
    IdsRequest request =
        IdsRequest.builder().imageIds(asked, images.get(2)).dataDir(dataDir).build();

    List<ImageOutcome> outcomes =
        client.fetchIdsOutcomes(request, listener).collectList().block(LIMIT);

    assertEquals(
        List.of(asked, images.get(2)), outcomes.stream().map(ImageOutcome::imageId).toList());
    FailedImage failure = assertInstanceOf(FailedImage.class, outcomes.get(0));
    assertTrue(failure.reason().contains("answered image " + other), failure.reason());
    assertTrue(outcomes.get(1).isSuccess());
    assertEquals(List.of(images.get(2)), StoreContents.imagesOnDisk(dataDir));
  }

  @Test
  void aStraySymlinkOutOfTheStoreSkipsOnlyThatEntry(@TempDir Path outside) throws Exception {
    Path root = dataDir.resolve("neurovault");
    java.nio.file.Files.createDirectories(root);
    java.nio.file.Files.createSymbolicLink(root.resolve("collection_424242"), outside);
    long collection = collections[0];

    List<ImageOutcome> outcomes = harvestIds(collection);

    assertEquals(fetchable(collection), fetchedIds(outcomes));
    assertTrue(
        java.nio.file.Files.isSymbolicLink(root.resolve("collection_424242")),
        "the stray entry is left alone");
  }

  @Test
  void aBaseUrlThatAnswers404OnTheCollectionListIsAnErrorWithAHint() {
    try (NeuroVaultClient wrong =
        replica.clientBuilder().baseUrl(replica.server.baseUrl() + "/api").build()) {
      FetchRequest request =
          FetchRequest.fromJson("{\"max_images\": 3}").toBuilder().dataDir(dataDir).build();

      StepVerifier.create(wrong.fetch(request))
          .expectErrorSatisfies(
              e -> {
                assertInstanceOf(HarvestAbortedException.class, e);
                assertTrue(e.getMessage().contains("/api/api/collections/"), e.getMessage());
                assertTrue(e.getMessage().contains("is --base-url the site root"), e.getMessage());
              })
          .verify(LIMIT);
    }
  }

  @Test
  void aCollectionAskedForByIdThatIsMissingIsAReportedSkip() {
    FetchRequest request =
        FetchRequest.fromJson("{\"max_images\": null, \"collection_terms\": " + "{\"id\": 987654}}")
            .toBuilder()
            .dataDir(dataDir)
            .build();

    StepVerifier.create(client.fetch(request, listener)).expectComplete().verify(LIMIT);

    assertEquals(1, eventsOf(HarvestEvent.ListingFailed.class).size(), events.toString());
  }
}
