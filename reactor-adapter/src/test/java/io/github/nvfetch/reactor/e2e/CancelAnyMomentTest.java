package io.github.nvfetch.reactor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;

/**
 * A harvest cancelled at any moment leaves no part file, with the client still open (a service's
 * shared client): every download in flight, verified or not, is discarded.
 */
class CancelAnyMomentTest {

  private static final int ROUNDS = 60;

  @TempDir Path root;

  @Test
  void cancellingAtRandomMomentsNeverLeavesAPartFile() throws InterruptedException {
    CorpusSpec spec = CorpusSpec.builder().seed(23).collections(6).images(120).build();
    Faults files = Faults.builder().latency(RouteClass.FILE, Latency.ofMillis(20, 40)).build();
    Random random = new Random(5);
    List<String> leftovers = new ArrayList<>();
    try (Replica replica = Replica.start(spec, files);
        NeuroVaultClient client = replica.clientBuilder().downloadConcurrency(6).build()) {
      for (int round = 0; round < ROUNDS && leftovers.isEmpty(); round++) {
        Path dataDir = root.resolve("round-" + round);
        Disposable harvest =
            client.fetch(FetchRequest.builder().dataDir(dataDir).maxImages(40).build()).subscribe();
        Thread.sleep(20 + random.nextInt(200));
        harvest.dispose();
        leftovers.addAll(partFilesAfterSettling(dataDir));
      }
    }
    assertEquals(List.of(), leftovers);
  }

  /** The part files still there once a second has passed without any being deleted. */
  private static List<String> partFilesAfterSettling(Path dataDir) {
    return Flux.interval(Duration.ofMillis(20))
        .map(tick -> partFiles(dataDir))
        .filter(List::isEmpty)
        .next()
        .timeout(
            Duration.ofSeconds(3),
            reactor.core.publisher.Mono.fromCallable(() -> partFiles(dataDir)))
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
