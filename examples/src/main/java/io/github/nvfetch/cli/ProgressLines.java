package io.github.nvfetch.cli;

import io.github.nvfetch.reactor.HarvestProgress;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Progress as plain lines every two seconds (when something changed), for output that is not a
 * terminal: logs, pipes, CI.
 */
final class ProgressLines extends TickingDisplay {

  private static final Duration PERIOD = Duration.ofSeconds(2);

  private final PrintWriter out;
  private long lastDone;

  ProgressLines(Supplier<HarvestProgress> progress, PrintWriter out) {
    super(progress, PERIOD);
    this.out = out;
  }

  @Override
  void tick(HarvestProgress s) {
    if (s.done() == lastDone) {
      return;
    }
    lastDone = s.done();
    out.println(line(s));
    out.flush();
  }

  @Override
  void finish(HarvestProgress snapshot) {
    // The summary follows: nothing more to say.
  }

  /** {@code progress: 12/20 images, 4.1 images/s, ETA 2 s, 3.4 MB, 0 retries}. */
  static String line(HarvestProgress s) {
    String eta = s.eta().map(left -> ", ETA " + Sizes.duration(left)).orElse("");
    return String.format(Locale.ROOT, "progress: %d/%d images, %.1f images/s%s, %s", s.done(),
        Math.max(s.expected(), s.done()), s.imagesPerSecond(), eta, details(s));
  }
}
