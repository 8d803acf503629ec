package io.github.nvfetch.reactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.ImageMeta;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** {@link ProgressTracker#samples} with a subscriber slower than the sampling period. */
class ProgressSamplesBackpressureTest {

  private static final Duration PERIOD = Duration.ofMillis(100);

  @Test
  void aSlowSubscriberGetsTheLatestProgressInsteadOfAnOverflow() {
    ProgressTracker tracker = ProgressTracker.of(OptionalInt.of(10));
    StepVerifier.withVirtualTime(() -> tracker.samples(PERIOD), 0)
        .expectSubscription()
        .then(() -> select(tracker, 2))
        .thenAwait(PERIOD.multipliedBy(50))
        .then(() -> select(tracker, 1))
        .expectNoEvent(PERIOD.multipliedBy(50))
        .thenRequest(1)
        .assertNext(
            p ->
                assertEquals(
                    3,
                    p.selected(),
                    "100 ticks went unasked: the one sample asked for is the progress when delivered"))
        .then(
            () ->
                tracker.onEvent(
                    new HarvestEvent.HarvestFinished(
                        0, 0, 0, Duration.ZERO, Optional.empty(), false)))
        .thenRequest(Long.MAX_VALUE)
        .assertNext(p -> assertTrue(p.finished(), "the final progress comes last"))
        .expectComplete()
        .verify(Duration.ofSeconds(10));
  }

  private static void select(ProgressTracker tracker, int images) {
    for (int i = 0; i < images; i++) {
      tracker.onEvent(new HarvestEvent.ImageSelected(ImageMeta.fromMap(Map.of("id", 1L + i))));
    }
  }
}
