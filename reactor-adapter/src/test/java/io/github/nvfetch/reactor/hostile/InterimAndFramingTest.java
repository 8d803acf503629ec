package io.github.nvfetch.reactor.hostile;

import static io.github.nvfetch.reactor.hostile.HostileHarness.everything;
import static io.github.nvfetch.reactor.hostile.HostileHarness.failures;
import static io.github.nvfetch.reactor.hostile.HostileHarness.fetchedIds;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.nvfetch.core.ImageOutcome;
import io.github.nvfetch.reactor.NeuroVaultClient;
import io.github.nvfetch.testkit.hostile.Scripts;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Interim responses and lying lengths on kept-alive connections: a stored file is always the body
 * of its own request.
 */
class InterimAndFramingTest {

  @TempDir Path dataDir;

  @Test
  void interimResponsesBeforeAFileAreSkipped() {
    try (HostileHarness h = new HostileHarness()) {
      h.site.collection(1, 11, 12, 13, 14);
      h.site.file(11, Scripts.interimThen(h.site.bytes(11), 103));
      h.site.file(13, Scripts.interimThen(h.site.bytes(13), 102, 103, 103));
      try (NeuroVaultClient client = h.clientBuilder().build()) {
        List<ImageOutcome> outcomes = HostileHarness.run(client, everything(dataDir));

        assertEquals(List.of(), failures(outcomes));
        assertEquals(List.of(11L, 12L, 13L, 14L), fetchedIds(outcomes));
        h.assertStoredExactly(dataDir, List.of(11L, 12L, 13L, 14L));
        HostileHarness.assertNoLeftovers(dataDir);
      }
    }
  }

  @Test
  void aResponseSmuggledAfterABodyNeverReachesTheNextRequest() {
    try (HostileHarness h = new HostileHarness()) {
      h.site.collection(2, 21, 22, 23);
      byte[] sameSizeAsTwentyTwo = h.site.bytes(29);
      h.site.file(
          21,
          exchange -> {
            h.site.okFile(21).respond(exchange);
            exchange.head(
                200,
                "OK",
                "Content-Type: application/gzip",
                "Content-Length: " + sameSizeAsTwentyTwo.length);
            exchange.write(sameSizeAsTwentyTwo);
          });
      try (NeuroVaultClient client = h.clientBuilder().build()) {
        List<ImageOutcome> outcomes = HostileHarness.run(client, everything(dataDir));

        assertEquals(List.of(), failures(outcomes));
        h.assertStoredExactly(dataDir, List.of(21L, 22L, 23L));
        HostileHarness.assertNoLeftovers(dataDir);
      }
    }
  }

  @Test
  void aBodyShorterThanItsLengthIsRetriedAndOneLongerIsNeverStored() {
    try (HostileHarness h = new HostileHarness()) {
      h.site.collection(3, 31, 32, 33, 34);
      byte[] thirtyOne = h.site.bytes(31);
      h.site.file(
          31,
          Scripts.firstThen(
              1, Scripts.wrongLength(thirtyOne, thirtyOne.length + 100), h.site.okFile(31)));
      byte[] thirtyThree = h.site.bytes(33);
      h.site.file(33, Scripts.wrongLength(thirtyThree, thirtyThree.length - 40));
      try (NeuroVaultClient client = h.clientBuilder().build()) {
        List<ImageOutcome> outcomes = HostileHarness.run(client, everything(dataDir));

        assertEquals(List.of(33L), failures(outcomes).stream().map(f -> f.imageId()).toList());
        assertEquals(List.of(31L, 32L, 34L), fetchedIds(outcomes));
        h.assertStoredExactly(dataDir, List.of(31L, 32L, 34L));
        HostileHarness.assertNoLeftovers(dataDir);
      }
    }
  }
}
