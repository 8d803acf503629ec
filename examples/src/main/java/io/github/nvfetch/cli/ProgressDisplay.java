package io.github.nvfetch.cli;

import io.github.nvfetch.reactor.HarvestProgress;
import java.io.PrintWriter;
import java.util.function.Supplier;

/**
 * Shows a running harvest's progress; {@link #close()} stops it after a last update. Displays read
 * the SDK's {@link HarvestProgress} on their own timer thread, never on the harvest's threads.
 */
public interface ProgressDisplay extends AutoCloseable {

  /** A display that shows nothing. */
  ProgressDisplay NONE = () -> {};

  /** Stops the display after a last update. */
  @Override
  void close();

  /**
   * The display for a harvest: none with {@code --json} or {@code --quiet}, a live progress bar
   * when stdout is a terminal, plain periodic lines otherwise.
   *
   * @param progress the progress to show, read on each refresh
   * @param output the output flags
   * @param out where human output goes
   * @param terminal whether stdout is an interactive terminal
   */
  static ProgressDisplay open(
      Supplier<HarvestProgress> progress, OutputOptions output, PrintWriter out, boolean terminal) {
    if (!output.humanOnStdout()) {
      return NONE;
    }
    TickingDisplay display =
        terminal ? new ProgressBarDisplay(progress) : new ProgressLines(progress, out);
    return display.start();
  }
}
