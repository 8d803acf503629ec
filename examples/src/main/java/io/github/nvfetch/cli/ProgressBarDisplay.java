package io.github.nvfetch.cli;

import io.github.nvfetch.reactor.HarvestProgress;
import java.time.Duration;
import java.util.function.Supplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A live progress bar on the terminal (me.tongfei:progressbar): images done of images selected,
 * elapsed time and ETA, then the collections walked of the list's count (a filtered harvest),
 * bytes, retries, failures and images from disk. The bar redraws itself every 200 ms, so the
 * elapsed time and the retries move while a failing server makes the harvest wait; the text is
 * short enough to leave the bar room at 80 columns.
 */
final class ProgressBarDisplay extends TickingDisplay {

  private final ProgressBar bar;

  ProgressBarDisplay(Supplier<HarvestProgress> progress) {
    this(
        progress,
        new ProgressBarBuilder()
            .setTaskName("images")
            .setInitialMax(-1)
            .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
            .setUpdateIntervalMillis(200)
            .setUnit(" img", 1)
            .setConsumer(new ConsoleProgressBarConsumer(System.out))
            .build());
  }

  private ProgressBarDisplay(Supplier<HarvestProgress> progress, ProgressBar bar) {
    super(progress, Duration.ofMillis(100));
    this.bar = bar;
  }

  @Override
  void tick(HarvestProgress snapshot) {
    if (snapshot.expected() > 0) {
      bar.maxHint(Math.max(snapshot.expected(), snapshot.done()));
    }
    bar.stepTo(snapshot.done());
    bar.setExtraMessage(walk(snapshot) + details(snapshot));
  }

  @Override
  void finish(HarvestProgress snapshot) {
    bar.maxHint(snapshot.done());
    tick(snapshot);
    bar.close();
  }
}
