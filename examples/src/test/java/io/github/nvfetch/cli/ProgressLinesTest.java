package io.github.nvfetch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.nvfetch.reactor.HarvestProgress;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The plain progress line, from the SDK's progress snapshot. */
class ProgressLinesTest {

  private static HarvestProgress progress(long expected, long downloaded, long fromDisk,
      long failed, boolean finished) {
    return new HarvestProgress(expected, expected, downloaded, fromDisk, failed, 3_400_000, 1, 0,
        Duration.ofSeconds(3), finished);
  }

  @Test
  void runningHarvestShowsRateEtaAndDetails() {
    assertEquals("progress: 12/20 images, 4.0 images/s, ETA 2.0 s, 3.4 MB, 1 retry, "
        + "2 from disk", ProgressLines.line(progress(20, 10, 2, 0, false)));
  }

  @Test
  void failuresCountAsDoneAndFinishedHarvestHasNoEta() {
    assertEquals("progress: 20/20 images, 6.7 images/s, 3.4 MB, 1 retry, 1 failed",
        ProgressLines.line(progress(20, 19, 0, 1, true)));
    assertEquals("progress: 12/20 images, 4.0 images/s, 3.4 MB, 1 retry, 2 from disk",
        ProgressLines.line(progress(20, 10, 2, 0, true)), "no ETA once the harvest ended");
  }
}
