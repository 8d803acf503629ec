package io.github.nvfetch.reactor.hostile;

import static io.github.nvfetch.reactor.hostile.HostileHarness.everything;
import static io.github.nvfetch.reactor.hostile.HostileHarness.failures;
import static io.github.nvfetch.reactor.hostile.HostileHarness.fetchedIds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.FailedImage;
import io.github.nvfetch.core.ImageOutcome;
import io.github.nvfetch.core.store.FileTooLargeException;
import io.github.nvfetch.reactor.NeuroVaultClient;
import io.github.nvfetch.reactor.RetrySettings;
import io.github.nvfetch.reactor.TransportException;
import io.github.nvfetch.testkit.hostile.Scripts;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A body that drips ends at the idle-read window even though every byte comes in time; an endless
 * body stops at a small multiple of its {@code file_size} and is never retried. Every harvest here
 * ends well within its bound (a hang fails the test).
 */
class TimeoutsAndLimitsTest {

  @TempDir Path dataDir;

  @Test
  void aDrippingFileStallsAtTheResponseTimeoutAndTheHarvestGoesOn() {
    try (HostileHarness h = new HostileHarness()) {
      h.site.collection(7, 71, 72, 73);
      h.site.file(72, Scripts.drip(h.site.bytes(72), Duration.ofMillis(500)));
      HostileHarness.warmUp(h);
      try (NeuroVaultClient client =
          h.clientBuilder()
              .downloadConcurrency(2)
              .maxConnections(3)
              .responseTimeout(Duration.ofSeconds(2))
              .fileTimeout(Duration.ofMinutes(10))
              .retry(RetrySettings.builder().maxAttempts(1).build())
              .build()) {
        List<ImageOutcome> outcomes = HostileHarness.run(client, everything(dataDir));

        List<FailedImage> failed = failures(outcomes);
        assertEquals(List.of(72L), failed.stream().map(FailedImage::imageId).toList());
        assertTrue(failed.get(0).cause() instanceof TransportException, failed.toString());
        assertTrue(failed.get(0).reason().contains("stalled"), failed.get(0).reason());
        h.assertStoredExactly(dataDir, List.of(71L, 73L));
        HostileHarness.assertNoLeftovers(dataDir);
      }
    }
  }

  @Test
  void anEndlessBodyStopsNearItsFileSizeAndIsNeverRetried() {
    try (HostileHarness h = new HostileHarness()) {
      h.site.collection(8, 81, 82, 83);
      h.site.file(81, Scripts.endlessChunked(h.site.bytes(81)));
      h.site.file(83, Scripts.wrongLength(h.site.bytes(83), 1L << 40));
      try (NeuroVaultClient client =
          h.clientBuilder().downloadConcurrency(2).maxConnections(3).build()) {
        List<ImageOutcome> outcomes = HostileHarness.run(client, everything(dataDir));

        List<FailedImage> failed = failures(outcomes);
        assertEquals(List.of(81L, 83L), failed.stream().map(FailedImage::imageId).toList());
        failed.forEach(f -> assertTrue(f.cause() instanceof FileTooLargeException, f.toString()));
        assertEquals(1, h.server.requestCount(h.site.filePath(81)), "never retried");
        assertEquals(1, h.server.requestCount(h.site.filePath(83)), "never retried");
        assertEquals(List.of(82L), fetchedIds(outcomes));
        h.assertStoredExactly(dataDir, List.of(82L));
        HostileHarness.assertNoLeftovers(dataDir);
      }
    }
  }
}
