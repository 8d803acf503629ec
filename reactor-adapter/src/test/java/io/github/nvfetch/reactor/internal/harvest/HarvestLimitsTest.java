package io.github.nvfetch.reactor.internal.harvest;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.CollectionMeta;
import io.github.nvfetch.core.FailedImage;
import io.github.nvfetch.core.FetchedImage;
import io.github.nvfetch.core.ImageMeta;
import io.github.nvfetch.core.ImageOutcome;
import io.github.nvfetch.core.NeuroVaultException;
import io.github.nvfetch.reactor.HarvestAbortedException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;
import reactor.test.publisher.TestPublisher;

class HarvestLimitsTest {

  private static ImageOutcome ok(long id) {
    return new FetchedImage(
        ImageMeta.fromMap(Map.of("id", id, "collection_id", 1)),
        CollectionMeta.fromMap(Map.of("id", 1)),
        Path.of("image_" + id + ".nii.gz"),
        Optional.empty(),
        FetchedImage.Origin.DOWNLOADED);
  }

  private static ImageOutcome failed(long id) {
    return FailedImage.ofId(id, new NeuroVaultException("file answered HTTP 404"));
  }

  @Test
  void stopsAfterMaxSuccessesAndCancelsTheRest() {
    TestPublisher<ImageOutcome> upstream = TestPublisher.create();

    StepVerifier.create(Quota.upTo(upstream.flux(), OptionalInt.of(2)))
        .then(() -> upstream.next(ok(1), failed(2), ok(3)))
        .expectNextCount(3)
        .verifyComplete();
    upstream.assertCancelled();
  }

  @Test
  void noLimitPassesEverything() {
    TestPublisher<ImageOutcome> upstream = TestPublisher.create();
    StepVerifier.create(Quota.upTo(upstream.flux(), OptionalInt.empty()))
        .then(() -> upstream.next(ok(1), ok(2), ok(3)).complete())
        .expectNextCount(3)
        .verifyComplete();
  }

  @Test
  void abortsAfterTooManyFailuresInARowButNotWhenASuccessBreaksTheRun() {
    TestPublisher<ImageOutcome> upstream = TestPublisher.create();

    StepVerifier.create(HarvestLimits.abortAfterConsecutiveFailures(upstream.flux(), 3))
        .then(() -> upstream.next(failed(1), failed(2), ok(3), failed(4), failed(5), failed(6)))
        .expectNextCount(6)
        .expectErrorSatisfies(
            e -> {
              assertInstanceOf(HarvestAbortedException.class, e);
              assertTrue(e.getMessage().contains("3 images failed in a row"), e.getMessage());
              assertTrue(e.getMessage().contains("image 6"), e.getMessage());
            })
        .verify();
    upstream.assertCancelled();
  }
}
