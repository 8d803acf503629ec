package io.github.nvfetch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.store.LocalStore;
import io.github.nvfetch.reactor.NeuroVaultClient;
import io.github.nvfetch.testkit.hostile.HostileServer;
import io.github.nvfetch.testkit.hostile.HostileSite;
import io.github.nvfetch.testkit.hostile.Scripts;
import io.github.nvfetch.testkit.hostile.SeenRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI against a hostile server: {@code --retries 0 --timeout 2} ends a harvest whose files drip
 * or never end within seconds, the token comes from {@code --token-file} or {@code
 * NEUROVAULT_TOKEN} without being on the command line, and {@code --verify} fetches a stored file
 * again that only a full inflate finds damaged.
 */
class HostileServerCliTest {

  @TempDir Path dir;

  private final HostileServer server = HostileServer.start();
  private final HostileSite site = HostileSite.on(server);

  @AfterEach
  void stop() {
    ClientOptions.environment = System::getenv;
    server.close();
  }

  private List<String> args(String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "fetch",
                "--base-url",
                server.baseUrl(),
                "--neurosynth-url",
                server.baseUrl() + "/decode/",
                "--data-dir",
                dir.resolve("data").toString(),
                "--rate",
                "1000",
                "--max-images",
                "100",
                "--json"));
    args.addAll(List.of(extra));
    return args;
  }

  private void warmUp() {
    try (NeuroVaultClient client =
        NeuroVaultClient.builder()
            .baseUrl(server.baseUrl())
            .responseTimeout(Duration.ofSeconds(30))
            .build()) {
      client.collections().collectList().block(Duration.ofSeconds(60));
    }
  }

  @Test
  @Timeout(60)
  void retriesZeroAndTimeoutTwoEndWithinSecondsOnDrippingAndEndlessFiles() {
    site.collection(1, 1, 2, 3);
    site.file(1, Scripts.drip(site.bytes(1), Duration.ofSeconds(1)));
    site.file(3, Scripts.endlessChunked(site.bytes(3)));
    warmUp();

    CliRun run = CliRun.of(args("--retries", "0", "--timeout", "2").toArray(String[]::new));

    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertEquals(List.of(2L), CliRun.ids(run.json(), "image_ids"));
    assertEquals(1, server.requestCount(site.filePath(1)), "dripping file: one attempt");
    assertEquals(1, server.requestCount(site.filePath(3)), "endless file: one attempt");
  }

  private List<Optional<String>> apiAuthorizations() {
    return server.seen().stream()
        .filter(r -> r.target().startsWith("/api/"))
        .map(r -> r.header("authorization"))
        .distinct()
        .toList();
  }

  @Test
  @Timeout(60)
  void theTokenComesFromAFileOrTheEnvironment() throws IOException {
    site.collection(1, 1);
    Path tokenFile = Files.writeString(dir.resolve("token"), "from-file\n");
    ClientOptions.environment = name -> name.equals("NEUROVAULT_TOKEN") ? "from-env" : null;

    CliRun fromFile = CliRun.of(args("--token-file", tokenFile.toString()).toArray(String[]::new));
    assertEquals(ExitCodes.OK, fromFile.exitCode(), fromFile.err());
    assertEquals(List.of(Optional.of("Token from-file")), apiAuthorizations());

    int before = server.seen().size();
    CliRun fromEnv = CliRun.of(args("--mode", "overwrite").toArray(String[]::new));
    assertEquals(ExitCodes.OK, fromEnv.exitCode(), fromEnv.err());
    List<SeenRequest> later = server.seen().subList(before, server.seen().size());
    assertTrue(
        later.stream()
            .filter(r -> r.target().startsWith("/api/"))
            .allMatch(r -> r.header("authorization").equals(Optional.of("Token from-env"))),
        later.toString());

    CliRun missing =
        CliRun.of(args("--token-file", dir.resolve("nope").toString()).toArray(String[]::new));
    missing.assertOneLineFailure(ExitCodes.BAD_INPUT);
    assertTrue(missing.err().contains("--token-file"), missing.err());
  }

  @Test
  @Timeout(60)
  void verifyFetchesAgainAFileOnlyAFullInflateFindsDamaged() throws IOException {
    site.collection(1, 1, 2);
    assertEquals(ExitCodes.OK, CliRun.of(args().toArray(String[]::new)).exitCode());
    Path stored = LocalStore.at(dir.resolve("data")).imageFile(1, 1);
    byte[] flipped = site.bytes(1);
    flipped[flipped.length - 12] ^= 0x10; // in the deflate data, past the NIfTI header
    Files.write(stored, flipped);

    CliRun quick = CliRun.of(args().toArray(String[]::new));
    assertEquals(ExitCodes.OK, quick.exitCode(), quick.err());
    assertEquals(1, server.requestCount(site.filePath(1)), "the quick check cannot tell");

    CliRun verified = CliRun.of(args("--verify").toArray(String[]::new));
    assertEquals(ExitCodes.OK, verified.exitCode(), verified.err());
    assertEquals(
        List.of(2L, 1L),
        CliRun.ids(verified.json(), "image_ids"),
        "the intact image from disk first, then the one fetched again");
    assertEquals(2, server.requestCount(site.filePath(1)), "fetched again");
    assertEquals(1, server.requestCount(site.filePath(2)), "intact file kept");
    assertTrue(java.util.Arrays.equals(site.bytes(1), Files.readAllBytes(stored)));
  }
}
