package io.github.nvfetch.cli;

import io.github.nvfetch.reactor.HarvestProgress;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Progress as plain lines every two seconds (when images or the walk moved), for output that is not
 * a terminal: logs, pipes, CI.
 */
final class ProgressLines extends TickingDisplay {

  private static final Duration PERIOD = Duration.ofSeconds(2);

  private final PrintWriter out;
  private long lastDone;
  private long lastWalked;

  ProgressLines(Supplier<HarvestProgress> progress, PrintWriter out) {
    super(progress, PERIOD);
    this.out = out;
  }

  @Override
  void tick(HarvestProgress s) {
    if (s.done() == lastDone && s.collectionsWalked() == lastWalked) {
      return;
    }
    lastDone = s.done();
    lastWalked = s.collectionsWalked();
    out.println(line(s));
    out.flush();
  }

  @Override
  void finish(HarvestProgress snapshot) {
    // The summary follows: nothing more to say.
  }

  /**
   * {@code progress: 12/20 images, 120/16000 collections, 4.1 images/s, ETA 2 s, 3.4 MB, 0 retries}
   * (the collections while a filtered harvest walks the server).
   */
  static String line(HarvestProgress s) {
    String eta = s.eta().map(left -> ", ETA " + Sizes.duration(left)).orElse("");
    return String.format(
        Locale.ROOT,
        "progress: %d/%d images, %s%.1f images/s%s, %s",
        s.done(),
        Math.max(s.expected(), s.done()),
        walk(s),
        s.imagesPerSecond(),
        eta,
        details(s));
  }
}
