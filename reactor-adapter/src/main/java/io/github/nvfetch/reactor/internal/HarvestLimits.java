package io.github.nvfetch.reactor.internal;

import io.github.nvfetch.core.FailedImage;
import io.github.nvfetch.core.ImageOutcome;
import io.github.nvfetch.reactor.HarvestAbortedException;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import reactor.core.publisher.Flux;

/** The two rules that end a harvest early. */
public final class HarvestLimits {

  private HarvestLimits() {}

  /**
   * Completes once {@code max} images were fetched (local and downloaded together), cancelling
   * what is still in flight. An empty {@code max} means no limit.
   */
  public static Flux<ImageOutcome> upToSuccesses(Flux<ImageOutcome> outcomes, OptionalInt max) {
    if (max.isEmpty()) {
      return outcomes;
    }
    return Flux.defer(() -> {
      AtomicInteger fetched = new AtomicInteger();
      return outcomes.takeUntil(o -> o.isSuccess() && fetched.incrementAndGet() >= max.getAsInt());
    });
  }

  /**
   * Fails with {@link HarvestAbortedException} when {@code max} images in a row failed; the
   * failures themselves are emitted first.
   */
  public static Flux<ImageOutcome> abortAfterConsecutiveFailures(Flux<ImageOutcome> outcomes,
      int max) {
    return Flux.defer(() -> {
      AtomicInteger inARow = new AtomicInteger();
      return outcomes.handle((outcome, sink) -> {
        sink.next(outcome);
        if (outcome instanceof FailedImage failed) {
          if (inARow.incrementAndGet() >= max) {
            sink.error(new HarvestAbortedException("harvest stopped: " + max
                + " images failed in a row; the last one, image " + failed.imageId() + ": "
                + failed.reason(), failed.cause()));
          }
        } else {
          inARow.set(0);
        }
      });
    });
  }
}
