package io.github.nvfetch.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.reactor.NeuroVaultClientBuilder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A base URL that answers 404 on the collection list is an error that says how to fix it. */
class WrongBaseUrlTest {

  @TempDir Path dir;

  @Test
  void aBaseUrlEndingInApiExitsOneWithAHint() {
    try (TestReplica replica = TestReplica.started()) {
      String wrong = replica.server().baseUrl() + "/api";
      CliRun run =
          CliRun.of(
                  "fetch",
                  "--data-dir",
                  dir.toString(),
                  "--base-url",
                  wrong,
                  "--neurosynth-url",
                  replica.server().neurosynthUrl(),
                  "--max-images",
                  "3")
              .assertOneLineFailure(ExitCodes.HARVEST_FAILED);

      assertTrue(run.err().contains(wrong + "/api/collections/"), run.err());
      assertTrue(
          run.err()
              .contains(
                  "answered 404: is --base-url the site root, e.g. "
                      + NeuroVaultClientBuilder.DEFAULT_BASE_URL
                      + "?"),
          run.err());
    }
  }
}
