package io.github.nvfetch.reactor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.FetchedImage;
import io.github.nvfetch.core.ImageOutcome;
import io.github.nvfetch.reactor.HarvestEvent;
import io.github.nvfetch.reactor.HarvestListener;
import io.github.nvfetch.reactor.NeuroVaultClient;
import io.github.nvfetch.reactor.RetrySettings;
import io.github.nvfetch.reactor.internal.resilience.FairPermits;
import io.github.nvfetch.testkit.CorpusSpec;
import io.github.nvfetch.testkit.FaultProfile;
import io.github.nvfetch.testkit.Faults;
import io.github.nvfetch.testkit.ReplicaStats;
import io.github.nvfetch.testkit.RetryAfterForm;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fault the replica injects ends with every selected image on disk, byte for byte, no partial
 * file, and the client within its rate and connection bounds.
 */
@Tag("slow")
class FaultToleranceTest {

  private static final CorpusSpec SPEC =
      CorpusSpec.builder().seed(21).collections(12).images(160).build();

  @TempDir Path dataDir;

  static Stream<Arguments> faults() {
    return Stream.of(
        Arguments.of("5xx at 10%", Faults.builder().seed(1).serverErrorRate(0.10).build()),
        Arguments.of("resets mid-body", Faults.builder().seed(2).resetMidBodyRate(0.2).build()),
        Arguments.of("short bodies", Faults.builder().seed(3).shortBodyRate(0.2).build()),
        Arguments.of(
            "429 Retry-After seconds",
            Faults.builder()
                .seed(4)
                .tooManyRequestsRate(0.15)
                .retryAfterSeconds(1)
                .retryAfterForm(RetryAfterForm.SECONDS)
                .build()),
        Arguments.of(
            "429 Retry-After date",
            Faults.builder()
                .seed(5)
                .tooManyRequestsRate(0.15)
                .retryAfterSeconds(1)
                .retryAfterForm(RetryAfterForm.HTTP_DATE)
                .build()),
        Arguments.of("malformed pages", Faults.builder().seed(6).malformedJsonRate(0.2).build()),
        Arguments.of(
            "everything at once",
            Faults.builder()
                .seed(7)
                .serverErrorRate(0.05)
                .resetMidBodyRate(0.05)
                .shortBodyRate(0.05)
                .malformedJsonRate(0.05)
                .tooManyRequestsRate(0.05)
                .retryAfterSeconds(1)
                .build()),
        Arguments.of("nginx limits", FaultProfile.named("nginx").faults()),
        Arguments.of("chaos profile", FaultProfile.CHAOS.faults()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("faults")
  void everySelectedImageArrivesWhole(String name, Faults faults) {
    try (Replica replica = Replica.start(SPEC, faults);
        NeuroVaultClient client =
            replica
                .clientBuilder()
                .requestsPerSecond(9)
                .maxConnections(6)
                .downloadConcurrency(4)
                .build()) {
      FetchRequest request = FetchRequest.builder().dataDir(dataDir).maxImages(25).build();
      List<HarvestEvent> events = new CopyOnWriteArrayList<>();

      List<ImageOutcome> outcomes =
          client.fetchOutcomes(request, events::add).collectList().block(Duration.ofMinutes(3));

      List<Long> expected = NilearnSelections.imageIds("seed21", "{\"max_images\": 25}");
      assertEquals(expected, outcomes.stream().map(ImageOutcome::imageId).toList(), name);
      assertTrue(outcomes.stream().allMatch(o -> o instanceof FetchedImage), name);
      replica.assertStoredIdentical(dataDir, expected);
      replica.assertNoLeftovers(dataDir);
      ReplicaStats stats = replica.stats();
      // 9 permits per second after a burst of 5 (4 downloads and a page, the bucket full at the
      // start): at most 9 + 5 in any second on the client's clock. The replica times arrivals,
      // so scheduling jitter on a loaded machine may bring two requests of neighbouring slots
      // into one window (it did: 12 against the no-burst bound 9 + 2 under load).
      assertTrue(
          stats.peakRequestsPerSecond() <= 9 + FairPermits.clampBurst(4 + 1) + 2,
          "rate bound: " + stats);
      assertTrue(stats.peakConnections() <= 6, "connection bound: " + stats);
      assertEquals(0, stats.limiterRejections(), "nginx never had to throttle us: " + stats);
      if (faults.hasRandomFaults()) {
        assertTrue(
            events.stream().anyMatch(e -> e instanceof HarvestEvent.RetryScheduled),
            "faults were injected and retried");
      }
    }
  }

  @ParameterizedTest(name = "503 storm at {0} requests/s")
  @MethodSource("stormRates")
  void aStormOf503FromTheLimiterRecovers(double rate) {
    try (Replica replica =
            Replica.start(SPEC, Faults.builder().rateLimit(5, 2).maxInFlightPerClient(3).build());
        NeuroVaultClient client =
            replica
                .clientBuilder()
                .requestsPerSecond(rate)
                .downloadConcurrency(6)
                .retry(
                    RetrySettings.builder()
                        .maxAttempts(12)
                        .initialBackoff(Duration.ofMillis(100))
                        .maxBackoff(Duration.ofSeconds(2))
                        .build())
                .build()) {
      FetchRequest request = FetchRequest.builder().dataDir(dataDir).maxImages(20).build();

      List<FetchedImage> fetched =
          client.fetch(request, HarvestListener.NONE).collectList().block(Duration.ofMinutes(3));

      List<Long> expected = NilearnSelections.imageIds("seed21", "{\"max_images\": 20}");
      assertEquals(expected, fetched.stream().map(FetchedImage::imageId).toList());
      assertTrue(replica.stats().limiterRejections() > 0, "the storm happened");
      replica.assertStoredIdentical(dataDir, expected);
      replica.assertNoLeftovers(dataDir);
    }
  }

  static Stream<Double> stormRates() {
    return Stream.of(50.0);
  }
}
