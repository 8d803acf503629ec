package io.github.nvfetch.reactor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.reactor.NeuroVaultClient;
import io.github.nvfetch.testkit.CorpusSpec;
import io.github.nvfetch.testkit.Faults;
import io.github.nvfetch.testkit.Latency;
import io.github.nvfetch.testkit.RouteClass;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A harvest cancelled at any moment leaves no part file, with the client still open (a service's
 * shared client): every download in flight, verified or not, is discarded.
 */
class CancelAnyMomentTest {

  private static final int ROUNDS = 60;

  @TempDir Path root;

  @Test
  void cancellingAtRandomMomentsNeverLeavesAPartFile() {
    CorpusSpec spec = CorpusSpec.builder().seed(23).collections(6).images(120).build();
    Faults files = Faults.builder().latency(RouteClass.FILE, Latency.ofMillis(20, 40)).build();
    Random random = new Random(5);
    List<String> leftovers = new ArrayList<>();
    int cancelled = 0;
    try (Replica replica = Replica.start(spec, files);
        NeuroVaultClient client = replica.clientBuilder().downloadConcurrency(6).build()) {
      for (int round = 0; round < ROUNDS && leftovers.isEmpty(); round++) {
        Path dataDir = root.resolve("round-" + round);
        if (harvestCancelledAfter(client, dataDir, Duration.ofMillis(20 + random.nextInt(200)))) {
          cancelled++;
        }
        leftovers.addAll(partFilesAfterSettling(dataDir));
      }
    }
    assertEquals(List.of(), leftovers);
    assertTrue(cancelled >= ROUNDS / 2, "harvests really cancelled: " + cancelled);
  }

  /**
   * Runs a harvest and cancels it after {@code delay} from a timer thread, the moment falling
   * anywhere in the harvest: on a page, a transfer, a check, a commit.
   *
   * @return whether it was cancelled before it ended by itself
   */
  private static boolean harvestCancelledAfter(
      NeuroVaultClient client, Path dataDir, Duration delay) {
    AtomicBoolean ended = new AtomicBoolean();
    client
        .fetch(FetchRequest.builder().dataDir(dataDir).maxImages(40).build())
        .doOnComplete(() -> ended.set(true))
        .takeUntilOther(Mono.delay(delay))
        .blockLast(Duration.ofMinutes(1));
    return !ended.get();
  }

  /** The part files left: none as soon as they are all gone, else those still there after 3 s. */
  private static List<String> partFilesAfterSettling(Path dataDir) {
    return Flux.interval(Duration.ofMillis(20))
        .map(tick -> partFiles(dataDir))
        .filter(List::isEmpty)
        .next()
        .timeout(Duration.ofSeconds(3), Mono.fromCallable(() -> partFiles(dataDir)))
        .block(Duration.ofSeconds(10));
  }

  private static List<String> partFiles(Path dataDir) {
    if (!Files.exists(dataDir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dataDir)) {
      return walk.map(Path::toString).filter(name -> name.endsWith(".part")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
