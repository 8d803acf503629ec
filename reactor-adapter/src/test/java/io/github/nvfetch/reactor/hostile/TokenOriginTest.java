package io.github.nvfetch.reactor.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.reactor.NeuroVaultClient;
import io.github.nvfetch.testkit.hostile.HostileServer;
import io.github.nvfetch.testkit.hostile.Scripts;
import io.github.nvfetch.testkit.hostile.SeenRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The token goes to the exact NeuroVault origin only: not to another port of the same host (a
 * Neurosynth there, over plain http), not to a file link naming another port, not through a
 * redirect to another port.
 */
class TokenOriginTest {

  @TempDir Path dataDir;

  @Test
  void theTokenNeverLeavesTheNeuroVaultOrigin() {
    try (HostileHarness h = new HostileHarness();
        HostileServer neighbour = HostileServer.start()) {
      neighbour.on("/*", Scripts.status(404, "Not Found"));
      h.site.collection(9, 91, 92);
      h.site.file(
          92,
          exchange ->
              exchange.head(
                  302,
                  "Found",
                  "Location: " + neighbour.baseUrl() + "/elsewhere/image_92.nii.gz",
                  "Content-Length: 0"));
      try (NeuroVaultClient client =
          h.clientBuilder()
              .apiToken("s3cret")
              .neurosynthUrl(neighbour.baseUrl() + "/api/v2/decode/")
              .build()) {
        HostileHarness.run(
            client,
            FetchRequest.builder().dataDir(dataDir).noLimit().fetchNeurosynthWords(true).build());
      }
      List<SeenRequest> home = h.server.seen();
      assertFalse(home.isEmpty());
      home.forEach(
          r -> assertEquals(Optional.of("Token s3cret"), r.header("authorization"), r.target()));
      List<SeenRequest> away = neighbour.seen();
      assertTrue(
          away.stream().anyMatch(r -> r.target().startsWith("/api/v2/decode/")),
          "Neurosynth was asked: " + away);
      away.forEach(r -> assertEquals(Optional.empty(), r.header("authorization"), r.target()));
    }
  }
}
