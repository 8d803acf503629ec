package io.github.nvfetch.testkit.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.testkit.CorpusSpec;
import io.github.nvfetch.testkit.ReplicaRoute;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The extension runs the replica for the class and checks stores against what it serves. */
class ReplicaExtensionTest {

  @RegisterExtension
  static final ReplicaExtension replica =
      ReplicaExtension.of(CorpusSpec.builder().seed(3).collections(2).images(6).build());

  @TempDir Path dataDir;

  @Test
  void runsForTheClassAndLogsRequestsByRoute() throws Exception {
    replica.resetStats();
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(replica.server().baseUrl() + "/api/collections/?limit=1"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertEquals(200, response.statusCode());
    assertEquals(1, replica.requests(ReplicaRoute.COLLECTION_LIST).size());
    assertEquals(List.of(), replica.requests(ReplicaRoute.MEDIA_FILE));
  }

  @Test
  void acceptsAStoreHoldingTheServedBytes() throws IOException {
    long image = firstImage();
    store(image, replica.corpus().fileBytes(image));

    replica.assertStoredIdentical(dataDir, List.of(image));
    assertEquals(List.of(image), StoreContents.imagesOnDisk(dataDir));
  }

  @Test
  void namesAnImageWhoseBytesDiffer() throws IOException {
    long image = firstImage();
    byte[] bytes = replica.corpus().fileBytes(image);
    bytes[bytes.length / 2] ^= 1;
    store(image, bytes);

    AssertionError error =
        assertThrows(
            AssertionError.class, () -> replica.assertStoredIdentical(dataDir, List.of(image)));
    assertTrue(error.getMessage().contains("image " + image + ":"), error.getMessage());
    assertTrue(error.getMessage().contains("differs"), error.getMessage());
  }

  @Test
  void namesAnImageThatIsMissing() {
    long image = firstImage();

    AssertionError error =
        assertThrows(
            AssertionError.class, () -> replica.assertStoredIdentical(dataDir, List.of(image)));
    assertTrue(error.getMessage().contains("is not on disk"), error.getMessage());
  }

  @Test
  void findsPartAndTemporaryFiles() throws IOException {
    replica.assertNoLeftovers(dataDir);
    Path dir = Files.createDirectories(dataDir.resolve("neurovault/collection_1"));
    Files.write(dir.resolve("image_7.nii.gz.3.part"), new byte[1]);
    Files.write(dir.resolve("collection_metadata.json.nvtmp"), new byte[1]);

    assertEquals(2, StoreContents.leftovers(dataDir).size());
    AssertionError error =
        assertThrows(AssertionError.class, () -> replica.assertNoLeftovers(dataDir));
    assertTrue(error.getMessage().contains("image_7.nii.gz.3.part"), error.getMessage());
  }

  @Test
  void listsCollectionsWithMetadataOnly() throws IOException {
    Path root = dataDir.resolve("neurovault");
    Files.createDirectories(root.resolve("collection_4"));
    Files.write(
        Files.createDirectories(root.resolve("collection_9")).resolve("collection_metadata.json"),
        "{}".getBytes());

    assertEquals(List.of(9L), StoreContents.collectionsOnDisk(dataDir));
    assertEquals(List.of(), StoreContents.collectionsOnDisk(dataDir.resolve("absent")));
  }

  @Test
  void refusesUseBeforeStartAndRestartsAfterClose() {
    try (ReplicaExtension local = ReplicaExtension.of(CorpusSpec.builder().seed(1).build())) {
      assertThrows(IllegalStateException.class, local::server);
      String first = local.start().server().baseUrl();
      local.close();
      assertThrows(IllegalStateException.class, local::server);
      assertTrue(local.start().server().baseUrl().startsWith("http://"), first);
    }
  }

  private long firstImage() {
    return replica.corpus().imageIds().findFirst().orElseThrow();
  }

  private void store(long image, byte[] bytes) throws IOException {
    long collection = replica.corpus().collectionOf(image);
    Path dir =
        Files.createDirectories(dataDir.resolve("neurovault").resolve("collection_" + collection));
    Files.write(dir.resolve("image_" + image + ".nii.gz"), bytes);
    Files.write(dir.resolve("image_" + image + "_metadata.json"), "{}".getBytes());
  }
}
