package io.github.nvfetch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.nvfetch.core.FetchedImage;
import io.github.nvfetch.core.IdsRequest;
import io.github.nvfetch.core.NeuroVaultDataset;
import io.github.nvfetch.reactor.HarvestListener;
import io.github.nvfetch.reactor.NeuroVaultClient;
import io.github.nvfetch.testkit.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code nvfetch ids} against a replica on loopback. */
class IdsCommandTest {

  @RegisterExtension static final TestReplica replica = new TestReplica();

  @TempDir Path dir;

  @Test
  void jsonListsCollectionsThenImagesInTheOrderGivenWithFailures() {
    Corpus corpus = replica.server().corpus();
    long[] collections = corpus.collectionIds().skip(1).limit(2).toArray();
    long image =
        corpus.imageIds(corpus.collectionIds().findFirst().orElseThrow()).findFirst().orElseThrow();

    CliRun run =
        CliRun.of(
            replica.args(
                "ids",
                "--data-dir",
                dir.resolve("cli").toString(),
                "--collection",
                collections[1] + "," + collections[0],
                "99999",
                "--image",
                String.valueOf(image),
                String.valueOf(image),
                "888888",
                "--json"));

    assertEquals(0, run.exitCode(), run.err());
    JsonNode json = run.json();
    NeuroVaultDataset expected;
    try (NeuroVaultClient client = replica.client()) {
      expected =
          client
              .fetchIdsDataset(
                  IdsRequest.builder()
                      .collectionIds(collections[1], collections[0], 99999)
                      .imageIds(image, image, 888888)
                      .dataDir(dir.resolve("sdk"))
                      .build(),
                  HarvestListener.NONE)
              .block();
    }
    assertEquals(
        expected.fetched().stream().map(FetchedImage::imageId).toList(),
        CliRun.ids(json, "image_ids"));
    assertEquals(
        expected.fetched().stream().map(FetchedImage::collectionId).toList(),
        CliRun.ids(json, "collection_ids"));
    assertEquals("collection_ids", json.fieldNames().next());
    assertEquals(collections[1], CliRun.ids(json, "collection_ids").get(0));
    assertEquals(image, CliRun.ids(json, "image_ids").get(json.get("n_images").asInt() - 1));
    assertEquals(99999, json.get("failed_collections").get(0).get("id").asLong());
    assertTrue(json.get("failed_collections").get(0).get("reason").asText().contains("404"));
    assertTrue(json.toString().contains("{\"id\":888888,\"reason\":"), json.toString());
  }

  @Test
  void requestFileIdsComeFirstThenTheFlags() throws IOException {
    Corpus corpus = replica.server().corpus();
    long[] images = corpus.imageIds().limit(3).toArray();
    Path file =
        Files.writeString(
            dir.resolve("ids.json"),
            "{\"image_ids\": ["
                + images[2]
                + ", "
                + images[0]
                + "], \"data_dir\": \""
                + dir.resolve("from-file")
                + "\"}");

    CliRun run =
        CliRun.of(
            replica.args(
                "ids",
                "--request",
                file.toString(),
                "--image",
                String.valueOf(images[1]),
                String.valueOf(images[0]),
                "--json"));

    assertEquals(0, run.exitCode(), run.err());
    assertEquals(List.of(images[2], images[0], images[1]), CliRun.ids(run.json(), "image_ids"));
    assertTrue(Files.isDirectory(dir.resolve("from-file/neurovault")));
  }

  @Test
  void humanSummaryListsCollectionsThatCouldNotBeRead() {
    CliRun run =
        CliRun.of(replica.args("ids", "--data-dir", dir.toString(), "--collection", "99999"));

    assertEquals(ExitCodes.NOTHING_FETCHED, run.exitCode(), run.err());
    assertTrue(run.out().contains("Fetched 0 images in "), run.out());
    assertTrue(
        run.out().contains("1 collection could not be read:\n  collection 99999: "), run.out());
  }

  @Test
  void noIdsIsBadInput() {
    CliRun run =
        CliRun.of("ids", "--data-dir", dir.toString()).assertOneLineFailure(ExitCodes.BAD_INPUT);
    assertTrue(run.err().contains("no ids: give --collection ID and/or --image ID"), run.err());
    CliRun.of("ids", "--image", "abc").assertOneLineFailure(ExitCodes.BAD_INPUT);
    CliRun.of("ids", "--image", "-4", "--data-dir", dir.toString())
        .assertOneLineFailure(ExitCodes.BAD_INPUT);
  }
}
