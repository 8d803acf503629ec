package io.github.nvfetch.bench.internal.harvest;

import io.github.nvfetch.reactor.HarvestEvent;
import io.github.nvfetch.reactor.HarvestListener;
import java.util.concurrent.atomic.LongAdder;

/** A listener counting the retries a client scheduled and the images that failed. Thread-safe. */
public final class HarvestCounters implements HarvestListener {

  private final LongAdder retries = new LongAdder();
  private final LongAdder failures = new LongAdder();

  @Override
  public void onEvent(HarvestEvent event) {
    if (event instanceof HarvestEvent.RetryScheduled) {
      retries.increment();
    } else if (event instanceof HarvestEvent.ImageFailed) {
      failures.increment();
    }
  }

  /** {@link HarvestEvent.RetryScheduled} events seen. */
  public long retries() {
    return retries.sum();
  }

  /** {@link HarvestEvent.ImageFailed} events seen. */
  public long failures() {
    return failures.sum();
  }
}
