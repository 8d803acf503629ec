package io.github.nvfetch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server that stops answering ends the harvest with one clear line and exit code 1. */
class AbortedHarvestTest {

  @TempDir Path dir;

  @Test
  void aStoppedServerAbortsWithOneLine() {
    String[] fetch;
    String[] ids;
    String[] images;
    try (TestReplica replica = TestReplica.started()) {
      fetch = replica.args("fetch", "--data-dir", dir.toString(), "--retries", "1");
      ids =
          replica.args("ids", "--data-dir", dir.toString(), "--retries", "0", "--collection", "4");
      images =
          replica.args(
              "ids",
              "--data-dir",
              dir.toString(),
              "--retries",
              "0",
              "--image",
              "47",
              "48",
              "--json");
    }

    CliRun run = CliRun.of(fetch).assertOneLineFailure(ExitCodes.HARVEST_FAILED);
    assertTrue(
        run.err()
            .startsWith(
                "nvfetch fetch: harvest stopped: NeuroVault did not serve "
                    + "the collection list after every retry: "),
        run.err());
    assertTrue(
        run.err()
            .contains(
                "/api/collections/?limit=100&offset=0: connection refused "
                    + "(nothing listens at that address)"),
        "in words, with the URL: " + run.err());
    assertFalse(run.err().contains("Exception"), "no class names: " + run.err());
    assertTrue(run.err().contains("check --base-url"), run.err());

    CliRun byIds = CliRun.of(ids).assertOneLineFailure(ExitCodes.HARVEST_FAILED);
    assertTrue(byIds.err().startsWith("nvfetch ids: harvest stopped: "), byIds.err());

    CliRun byImageIds = CliRun.of(images).assertOneLineFailure(ExitCodes.HARVEST_FAILED);
    assertTrue(
        byImageIds
            .err()
            .startsWith(
                "nvfetch ids: harvest stopped: NeuroVault did not "
                    + "serve image 47 after every retry: "),
        byImageIds.err());
    JsonNode error = byImageIds.json();
    assertEquals(
        byImageIds.err().substring("nvfetch ids: ".length()).strip(), error.get("error").asText());
    assertEquals(ExitCodes.HARVEST_FAILED, error.get("exit_code").asInt());
    assertEquals(0, error.get("n_images").asInt());
    assertEquals(List.of(), CliRun.ids(error, "image_ids"));
    assertTrue(error.get("failed").isArray() && error.get("warnings").isArray(), error.toString());
  }
}
