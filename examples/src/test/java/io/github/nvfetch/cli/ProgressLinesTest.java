package io.github.nvfetch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.nvfetch.reactor.HarvestProgress;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plain progress line, from the SDK's progress snapshot. */
class ProgressLinesTest {

  private static HarvestProgress progress(
      long expected, long downloaded, long fromDisk, long failed, boolean finished) {
    return new HarvestProgress(
        expected,
        expected,
        downloaded,
        fromDisk,
        failed,
        3_400_000,
        1,
        0,
        Duration.ofSeconds(3),
        finished);
  }

  @Test
  void runningHarvestShowsRateEtaAndDetails() {
    assertEquals(
        "progress: 12/20 images, 4.0 images/s, ETA 2.0 s, 3.4 MB, 1 retry, " + "2 from disk",
        ProgressLines.line(progress(20, 10, 2, 0, false)));
  }

  @Test
  void failuresCountAsDoneAndFinishedHarvestHasNoEta() {
    assertEquals(
        "progress: 20/20 images, 6.7 images/s, 3.4 MB, 1 retry, 1 failed",
        ProgressLines.line(progress(20, 19, 0, 1, true)));
    assertEquals(
        "progress: 12/20 images, 4.0 images/s, 3.4 MB, 1 retry, 2 from disk",
        ProgressLines.line(progress(20, 10, 2, 0, true)),
        "no ETA once the harvest ended");
  }

  private static HarvestProgress walking(long downloaded, long walked, long count) {
    return new HarvestProgress(
        20, 20, downloaded, 0, 0, 3_400_000, 1, 0, Duration.ofSeconds(3), false, walked, count);
  }

  @Test
  void aWalkShowsTheCollectionsWalkedOfTheListsCountBesideTheImages() {
    assertEquals(
        "progress: 12/20 images, 120/16000 collections, 4.0 images/s, ETA 2.0 s, "
            + "3.4 MB, 1 retry",
        ProgressLines.line(walking(12, 120, 16_000)));
    assertEquals(
        "progress: 12/20 images, 4.0 images/s, ETA 2.0 s, 3.4 MB, 1 retry",
        ProgressLines.line(walking(12, 0, 0)),
        "no walk figure before the list's count is known");
    assertEquals(
        "progress: 12/20 images, 9/9 collections, 4.0 images/s, ETA 2.0 s, 3.4 MB, " + "1 retry",
        ProgressLines.line(walking(12, 11, 9)),
        "never more walked than counted");
  }

  @Test
  void aLineIsPrintedWhenOnlyTheWalkMoved() {
    StringWriter text = new StringWriter();
    ProgressLines lines = new ProgressLines(() -> walking(12, 0, 0), new PrintWriter(text));
    lines.tick(walking(12, 100, 16_000));
    lines.tick(walking(12, 100, 16_000));
    lines.tick(walking(12, 250, 16_000));

    assertEquals(
        List.of(
            "progress: 12/20 images, 100/16000 collections, 4.0 images/s, ETA 2.0 s, "
                + "3.4 MB, 1 retry",
            "progress: 12/20 images, 250/16000 collections, 4.0 images/s, "
                + "ETA 2.0 s, 3.4 MB, 1 retry"),
        text.toString().lines().toList(),
        "a resumed walk through collections already stored prints its progress, once per change");
  }
}
