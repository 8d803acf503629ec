package io.github.nvfetch.reactor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.FetchedImage;
import io.github.nvfetch.core.NeuroVaultDataset;
import io.github.nvfetch.reactor.HarvestProgress;
import io.github.nvfetch.reactor.LoggingHarvestListener;
import io.github.nvfetch.reactor.NeuroVaultClient;
import io.github.nvfetch.reactor.ProgressTracker;
import io.github.nvfetch.reactor.testing.CapturingLogger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.event.Level;
import reactor.core.publisher.Flux;

/** The SDK's progress snapshots and logging listener against the replica. */
class ProgressTest {

  private static final io.github.nvfetch.testkit.CorpusSpec SPEC =
      io.github.nvfetch.testkit.CorpusSpec.builder().seed(5).collections(8).images(120).build();

  @TempDir Path dataDir;

  private static long bytesOnDisk(NeuroVaultDataset data) {
    return data.fetched().stream()
        .map(FetchedImage::file)
        .mapToLong(
            file -> {
              try {
                return Files.size(file);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            })
        .sum();
  }

  @Test
  void trackerCountsTheHarvestAndSamplesEndWithTheFinalProgress() {
    try (Replica replica = Replica.start(SPEC);
        NeuroVaultClient client = replica.client()) {
      FetchRequest request = FetchRequest.builder().dataDir(dataDir).maxImages(12).build();
      ProgressTracker progress = ProgressTracker.of(request);
      Flux<HarvestProgress> samples = progress.samples(Duration.ofMillis(20)).cache();
      samples.subscribe();

      NeuroVaultDataset data = client.fetchDataset(request, progress).block(Duration.ofMinutes(1));
      List<HarvestProgress> seen = samples.collectList().block(Duration.ofSeconds(10));

      HarvestProgress last = seen.get(seen.size() - 1);
      assertTrue(last.finished());
      assertEquals(last, progress.snapshot(), "the final progress does not change any more");
      assertEquals(12, last.fetched());
      assertEquals(12, last.downloaded());
      assertEquals(0, last.fromDisk());
      assertEquals(data.failures().size(), last.failed());
      assertEquals(bytesOnDisk(data), last.bytes(), "bytes counted = bytes on disk");
      assertTrue(last.eta().isEmpty(), "no ETA once finished");
      assertTrue(last.imagesPerSecond() > 0);
      for (int i = 1; i < seen.size(); i++) {
        assertTrue(seen.get(i).done() >= seen.get(i - 1).done(), "progress never goes back");
        assertFalse(seen.get(i).equals(seen.get(i - 1)), "unchanged samples are skipped");
      }

      ProgressTracker again = ProgressTracker.of(request);
      client.fetchDataset(request, again).block(Duration.ofMinutes(1));
      HarvestProgress second =
          again.samples(Duration.ofMillis(20)).blockLast(Duration.ofSeconds(10));
      assertEquals(12, second.fromDisk(), "the second run finds every image on disk");
      assertEquals(0, second.downloaded());
      assertEquals(0, second.bytes());
    }
  }

  @Test
  void loggingListenerLogsProgressAtInfoAndImagesAtDebug() {
    try (Replica replica = Replica.start(SPEC);
        NeuroVaultClient client = replica.client()) {
      FetchRequest request = FetchRequest.builder().dataDir(dataDir).maxImages(6).build();
      CapturingLogger log = new CapturingLogger(true);
      ProgressTracker progress = ProgressTracker.of(request);
      LoggingHarvestListener listener = new LoggingHarvestListener(log, progress, Duration.ZERO);

      ProgressTracker after = ProgressTracker.of(request); // gets each event after the listener
      client.fetchDataset(request, listener.andThen(after)).block(Duration.ofMinutes(1));
      after.samples(Duration.ofMillis(20)).blockLast(Duration.ofSeconds(10));

      List<String> info = log.at(Level.INFO);
      assertTrue(
          info.get(info.size() - 1).startsWith("harvest finished: 6/6 images"), info.toString());
      assertTrue(info.stream().anyMatch(line -> line.startsWith("progress: ")), info.toString());
      assertEquals(
          6,
          log.at(Level.DEBUG).stream()
              .filter(line -> line.matches("image \\d+ fetched \\(DOWNLOADED\\): .*"))
              .count());
      assertEquals(List.of(), log.at(Level.WARN));
    }
  }
}
