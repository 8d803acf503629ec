package io.github.nvfetch.reactor.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.CollectionMeta;
import io.github.nvfetch.core.ImageMeta;
import io.github.nvfetch.core.filter.Terms;
import io.github.nvfetch.reactor.ForbiddenException;
import io.github.nvfetch.reactor.NeuroVaultClient;
import io.github.nvfetch.reactor.NotFoundException;
import io.github.nvfetch.reactor.Page;
import io.github.nvfetch.testkit.CorpusSpec;
import io.github.nvfetch.testkit.ReplicaRoute;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.test.StepVerifier;

/** The low-level calls, each lazy, against the replica. */
class LowLevelApiTest {

  private static Replica replica;
  private static NeuroVaultClient client;

  @BeforeAll
  static void start() {
    replica =
        Replica.start(
            CorpusSpec.builder()
                .seed(31)
                .collections(30)
                .images(250)
                .privateCollectionRate(0.2)
                .build());
    client = replica.clientBuilder().pageSize(7).build();
  }

  @AfterAll
  static void stop() {
    client.close();
    replica.close();
  }

  @Test
  void aPagedFluxIsBothItemsAndPages() {
    List<Long> expected = replica.corpus.collectionIds().boxed().toList();

    List<Page<CollectionMeta>> pages =
        client.collections().byPage().collectList().block(Duration.ofMinutes(1));
    List<Long> items =
        client.collections().map(CollectionMeta::id).collectList().block(Duration.ofMinutes(1));

    assertEquals(expected, items);
    assertEquals((expected.size() + 6) / 7, pages.size());
    pages.forEach(page -> assertEquals(replica.corpus.collectionCount(), page.count()));
    assertTrue(pages.get(pages.size() - 1).next().isEmpty());
  }

  @Test
  void nothingIsRequestedBeforeSubscription() {
    replica.resetStats();
    var lazy = client.collections();
    var lazyImage = client.image(1);
    assertEquals(0, replica.stats().requestsTotal());
    assertTrue(lazy != null && lazyImage != null);
  }

  @Test
  void recordsAreTheServersNormalized() {
    long imageId = replica.corpus.imageIds().findFirst().getAsLong();
    ImageMeta image = client.image(imageId).block(Duration.ofSeconds(30));
    assertEquals(replica.image(imageId), image);
    long collectionId = replica.corpus.collectionOf(imageId);
    assertEquals(
        replica.collection(collectionId),
        client.collection(collectionId).block(Duration.ofSeconds(30)));
    assertEquals(
        replica.corpus.imageIds(collectionId).boxed().toList(),
        client
            .collectionImages(collectionId)
            .map(ImageMeta::id)
            .collectList()
            .block(Duration.ofSeconds(30)));
  }

  @Test
  void privateCollectionsNeedTheToken() {
    long hidden =
        replica.corpus.allCollectionIds().filter(replica.corpus::isPrivate).findFirst().getAsLong();

    StepVerifier.create(client.collection(hidden))
        .expectError(ForbiddenException.class)
        .verify(Duration.ofSeconds(30));
    assertFalse(
        client
            .collections()
            .map(CollectionMeta::id)
            .collectList()
            .block(Duration.ofMinutes(1))
            .contains(hidden));
    try (NeuroVaultClient owner = replica.clientBuilder().apiToken("replica-token").build()) {
      assertEquals(hidden, owner.collection(hidden).block(Duration.ofSeconds(30)).id());
      assertTrue(
          owner
              .collections()
              .map(CollectionMeta::id)
              .collectList()
              .block(Duration.ofMinutes(1))
              .contains(hidden));
    }
  }

  @Test
  void concurrentRequestsForOneCollectionShareOneHttpCall() {
    try (NeuroVaultClient fresh = replica.client()) {
      long id = replica.corpus.collectionIds().skip(2).findFirst().getAsLong();
      replica.resetStats();

      List<CollectionMeta> all =
          reactor.core.publisher.Flux.range(0, 10)
              .flatMap(i -> fresh.collection(id))
              .collectList()
              .block(Duration.ofSeconds(30));

      assertEquals(10, all.size());
      all.forEach(c -> assertEquals(id, c.id()));
      assertEquals(1, replica.requests(ReplicaRoute.COLLECTION_DETAIL).size());
    }
  }

  @Test
  void aCollectionIdTermThatIsNotAnIdIsNeverPutInAPath() {
    replica.resetStats();

    List<CollectionMeta> found =
        client.collections(Terms.of("id", "../images")).collectList().block(Duration.ofMinutes(1));

    assertEquals(List.of(), found);
    assertTrue(
        replica.requests(ReplicaRoute.COLLECTION_LIST).size() > 0,
        "the list was read and checked locally instead");
    assertEquals(0, replica.requests(ReplicaRoute.IMAGE_LIST).size());
  }

  @Test
  void unknownIdsAreTypedNotFound() {
    StepVerifier.create(client.collection(999_999_999L))
        .expectError(NotFoundException.class)
        .verify(Duration.ofSeconds(30));
    StepVerifier.create(client.image(999_999_999L))
        .expectError(NotFoundException.class)
        .verify(Duration.ofSeconds(30));
  }

  @Test
  void collectionTermsAreSentAndCheckedAgainLocally() {
    long wanted = replica.corpus.collectionIds().skip(4).findFirst().getAsLong();
    Object doi = replica.collection(wanted).get("DOI");
    Object name = replica.collection(wanted).get("name");
    replica.resetStats();

    List<Long> found =
        client
            .collections(Terms.of("name", name))
            .map(CollectionMeta::id)
            .collectList()
            .block(Duration.ofMinutes(1));

    assertEquals(List.of(wanted), found, "the replica ignores the filter, as the live service");
    assertTrue(
        replica.requests(ReplicaRoute.COLLECTION_LIST).get(0).pathAndQuery().contains("name="),
        "the term was sent to the server");
    if (doi != null) {
      assertEquals(
          List.of(wanted),
          client
              .collections(Terms.of("DOI", doi))
              .map(CollectionMeta::id)
              .collectList()
              .block(Duration.ofMinutes(1)));
    }
  }

  @Test
  void downloadWritesTheExactBytesAtomically(@TempDir Path dir) throws IOException {
    long imageId = replica.corpus.imageIds().skip(3).findFirst().getAsLong();
    Path target = dir.resolve("map.nii.gz");

    Path written =
        client
            .image(imageId)
            .flatMap(image -> client.download(image, target))
            .block(Duration.ofSeconds(30));

    assertEquals(target, written);
    assertArrayEquals(replica.corpus.fileBytes(imageId), Files.readAllBytes(target));
    assertEquals(List.of(target), Files.list(dir).toList());
  }

  @Test
  void neurosynthWordsAreTheDecoderAnswer() {
    long imageId =
        replica
            .corpus
            .imageIds()
            .filter(id -> !replica.corpus.words(id).isEmpty())
            .findFirst()
            .getAsLong();
    assertEquals(
        replica.corpus.words(imageId),
        client.neurosynthWords(imageId).block(Duration.ofSeconds(30)));
  }
}
