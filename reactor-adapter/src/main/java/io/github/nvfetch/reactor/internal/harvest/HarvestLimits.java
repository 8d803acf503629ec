package io.github.nvfetch.reactor.internal.harvest;

import io.github.nvfetch.core.FailedImage;
import io.github.nvfetch.core.ImageOutcome;
import io.github.nvfetch.reactor.HarvestAbortedException;
import java.util.concurrent.atomic.AtomicInteger;
import reactor.core.publisher.Flux;

/** The rule that ends a harvest after too many failures in a row (see {@link Quota}). */
final class HarvestLimits {

  private HarvestLimits() {}

  /**
   * Fails with {@link HarvestAbortedException} when {@code max} images in a row failed; the
   * failures themselves are emitted first.
   */
  public static Flux<ImageOutcome> abortAfterConsecutiveFailures(
      Flux<ImageOutcome> outcomes, int max) {
    return Flux.defer(
        () -> {
          AtomicInteger inARow = new AtomicInteger();
          return outcomes.handle(
              (outcome, sink) -> {
                sink.next(outcome);
                if (outcome instanceof FailedImage failed) {
                  if (inARow.incrementAndGet() >= max) {
                    sink.error(
                        new HarvestAbortedException(
                            "harvest stopped: "
                                + max
                                + " images failed in a row; the last one, image "
                                + failed.imageId()
                                + ": "
                                + failed.reason(),
                            failed.cause()));
                  }
                } else {
                  inARow.set(0);
                }
              });
        });
  }
}
