package io.github.nvfetch.reactor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.FetchedImage;
import io.github.nvfetch.core.IdsRequest;
import io.github.nvfetch.core.Mode;
import io.github.nvfetch.core.internal.Json;
import io.github.nvfetch.reactor.NeuroVaultClient;
import io.github.nvfetch.testkit.CorpusSpec;
import io.github.nvfetch.testkit.ReplicaRoute;
import io.github.nvfetch.testkit.junit.StoreContents;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** download_new, overwrite and offline, observed through the files and the replica's log. */
class ModesTest {

  private static final CorpusSpec SPEC =
      CorpusSpec.builder().seed(3).collections(12).images(150).build();

  @TempDir Path dataDir;

  private FetchRequest request(int max, Mode mode) {
    return FetchRequest.builder().dataDir(dataDir).maxImages(max).mode(mode).build();
  }

  private static List<Long> ids(List<FetchedImage> images) {
    return images.stream().map(FetchedImage::imageId).collect(Collectors.toList());
  }

  private static List<FetchedImage> run(NeuroVaultClient client, FetchRequest request) {
    return client.fetch(request).collectList().block(Duration.ofMinutes(1));
  }

  @Test
  void downloadNewServesASecondRunFromDiskWithoutAnyRequest() {
    try (Replica replica = Replica.start(SPEC);
        NeuroVaultClient client = replica.client()) {
      FetchRequest everything = request(1, Mode.DOWNLOAD_NEW).toBuilder().noLimit().build();
      List<FetchedImage> first = run(client, everything);
      replica.resetStats();

      List<FetchedImage> second = run(client, request(20, Mode.DOWNLOAD_NEW));

      assertEquals(ids(first).subList(0, 20), ids(second));
      second.forEach(image -> assertEquals(FetchedImage.Origin.LOCAL_STORE, image.origin()));
      assertEquals(0, replica.stats().requestsTotal(), replica.server.requestLog().toString());
    }
  }

  @Test
  void downloadNewFetchesOnlyWhatIsMissingAndCountsLocalImages() throws IOException {
    try (Replica replica = Replica.start(SPEC);
        NeuroVaultClient client = replica.client()) {
      List<FetchedImage> first = run(client, request(10, Mode.DOWNLOAD_NEW));
      FetchedImage removed = first.get(3);
      Files.delete(removed.file());
      int stillOnDisk = StoreContents.imagesOnDisk(dataDir).size();
      replica.resetStats();

      List<FetchedImage> second = run(client, request(15, Mode.DOWNLOAD_NEW));

      assertEquals(
          NilearnSelections.imageIds("seed3", "{\"max_images\": 15}").stream().sorted().toList(),
          ids(second).stream().sorted().toList());
      assertEquals(
          stillOnDisk,
          second.stream().filter(i -> i.origin() == FetchedImage.Origin.LOCAL_STORE).count(),
          "on disk "
              + StoreContents.imagesOnDisk(dataDir)
              + ", first "
              + ids(first)
              + ", second "
              + second.stream().map(i -> i.imageId() + ":" + i.origin()).toList());
      assertEquals(
          FetchedImage.Origin.DOWNLOADED,
          second.stream()
              .filter(i -> i.imageId() == removed.imageId())
              .findFirst()
              .orElseThrow()
              .origin());
      List<String> media =
          replica.requests(ReplicaRoute.MEDIA_FILE).stream().map(r -> r.pathAndQuery()).toList();
      assertEquals(15 - stillOnDisk, media.size(), media.toString());
      assertTrue(
          media.stream().anyMatch(p -> p.equals(replica.corpus.filePath(removed.imageId()))),
          "the deleted image is fetched again");
      replica.assertStoredIdentical(dataDir, ids(second));
    }
  }

  @Test
  void downloadNewCompletesAPartlyDownloadedCollection() throws IOException {
    try (Replica replica = Replica.start(SPEC);
        NeuroVaultClient client = replica.client()) {
      long collection =
          replica
              .corpus
              .collectionIds()
              .filter(c -> replica.corpus.imageIds(c).count() >= 5)
              .findFirst()
              .getAsLong();
      IdsRequest ids = IdsRequest.builder().collectionIds(collection).dataDir(dataDir).build();
      List<FetchedImage> all = client.fetchIds(ids).collectList().block(Duration.ofMinutes(1));
      FetchedImage a = all.get(1);
      FetchedImage b = all.get(all.size() - 1);
      Files.delete(a.file());
      Files.delete(b.file());
      replica.resetStats();

      List<FetchedImage> again = client.fetchIds(ids).collectList().block(Duration.ofMinutes(1));

      assertEquals(ids(all).stream().sorted().toList(), ids(again).stream().sorted().toList());
      List<String> media =
          replica.requests(ReplicaRoute.MEDIA_FILE).stream()
              .map(r -> r.pathAndQuery())
              .sorted()
              .toList();
      assertEquals(
          List.of(replica.corpus.filePath(a.imageId()), replica.corpus.filePath(b.imageId()))
              .stream()
              .sorted()
              .toList(),
          media,
          "only the two missing files are downloaded");
      replica.assertStoredIdentical(dataDir, ids(again));
    }
  }

  @Test
  void overwriteRefetchesEverythingAndRestoresEditedMetadata() throws IOException {
    try (Replica replica = Replica.start(SPEC);
        NeuroVaultClient client = replica.client()) {
      List<FetchedImage> first = run(client, request(8, Mode.DOWNLOAD_NEW));
      Path metadata =
          first.get(0).file().resolveSibling("image_" + first.get(0).imageId() + "_metadata.json");
      ObjectNode edited = (ObjectNode) Json.MAPPER.readTree(metadata.toFile());
      edited.put("name", "edited by hand");
      Files.write(metadata, Json.MAPPER.writeValueAsBytes(edited));

      List<FetchedImage> kept = run(client, request(8, Mode.DOWNLOAD_NEW));
      assertEquals(
          "edited by hand", kept.get(0).image().get("name"), "download_new trusts what is on disk");
      replica.resetStats();

      List<FetchedImage> overwritten = run(client, request(8, Mode.OVERWRITE));

      assertEquals(ids(first), ids(overwritten));
      assertEquals(
          replica.image(first.get(0).imageId()).get("name"),
          overwritten.get(0).image().get("name"));
      assertEquals(
          replica.image(first.get(0).imageId()).get("name"),
          Json.MAPPER.readTree(metadata.toFile()).get("name").asText());
      assertTrue(replica.requests(ReplicaRoute.MEDIA_FILE).size() >= 8);
      overwritten.forEach(i -> assertEquals(FetchedImage.Origin.DOWNLOADED, i.origin()));
    }
  }

  @Test
  void offlineSendsNoRequestAndWorksWithTheServerGone() {
    List<FetchedImage> online;
    try (Replica replica = Replica.start(SPEC);
        NeuroVaultClient client = replica.client()) {
      online = run(client, request(12, Mode.DOWNLOAD_NEW));
    }
    List<Long> onDisk = StoreContents.imagesOnDisk(dataDir);
    assertEquals(
        ids(online).stream().sorted().toList(),
        onDisk,
        "the store holds exactly the images returned");
    try (Replica other = Replica.start(SPEC);
        NeuroVaultClient client = other.client()) {
      other.server.stop();

      List<FetchedImage> offline = run(client, request(12, Mode.OFFLINE));

      assertEquals(ids(online), ids(offline));
      List<FetchedImage> more = run(client, request(50, Mode.OFFLINE));
      String listing;
      try (var files = Files.walk(dataDir)) {
        listing = files.map(p -> dataDir.relativize(p).toString()).sorted().toList().toString();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      assertEquals(
          onDisk,
          ids(more).stream().sorted().toList(),
          "offline gives exactly what is on disk, never more: " + listing);
      more.forEach(i -> assertEquals(FetchedImage.Origin.LOCAL_STORE, i.origin()));
    }
  }

  @Test
  void offlineOnAnEmptyDirectoryGivesNothing() {
    try (Replica replica = Replica.start(SPEC);
        NeuroVaultClient client = replica.client()) {
      assertEquals(List.of(), run(client, request(5, Mode.OFFLINE)));
      assertEquals(0, replica.stats().requestsTotal());
    }
  }
}
