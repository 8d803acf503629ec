package io.github.nvfetch.bench.internal.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.testkit.LoggedRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The milestones read from a request log written by hand: times in seconds after the launch. */
class TimelineTest {

  private static final Instant LAUNCH = Instant.parse("2026-12-02T00:00:00Z");

  @Test
  void readsEveryMilestoneFromTheLog() {
    List<LoggedRequest> log =
        List.of(
            request("collection_list", 200, 1.0, 0.3),
            request("collection_images", 200, 1.4, 0.3),
            request("media_file", 200, 1.8, 2.0),
            request("media_file", 503, 1.9, 0.0),
            request("media_file", 200, 2.0, 2.0),
            request("media_file", 200, 2.1, 1.0));

    Timeline t = Timeline.of(log, LAUNCH, LAUNCH.plusMillis(4500), 3);

    assertEquals(1.0, t.firstRequest(), 1e-9);
    assertEquals(1.3, t.firstListPage(), 1e-9);
    assertEquals(1.7, t.firstImagePage(), 1e-9);
    assertEquals(1.8, t.firstFileRequest(), 1e-9);
    assertEquals(2.1, t.steadyState(), 1e-9, "a rejected request is never in flight");
    assertEquals(4.0, t.lastFileAnswered(), 1e-9);
    assertEquals(4.5, t.wall(), 1e-9);
    assertEquals(3, t.filesAnswered());
    assertEquals(5.0 / 3, t.meanFileSeconds(), 1e-9);
    assertEquals(5.0 / 2.2, t.filesInFlightMean(), 1e-9);
    assertEquals(1, t.rejected());
  }

  @Test
  void aConcurrencyNeverReachedHasNoSteadyState() {
    Timeline t =
        Timeline.of(
            List.of(request("media_file", 200, 1.0, 2.0)), LAUNCH, LAUNCH.plusSeconds(4), 9);

    assertTrue(Double.isNaN(t.steadyState()));
    assertEquals(3.0, t.lastFileAnswered(), 1e-9);
  }

  @Test
  void theLimitIsTheIssuesArithmetic() {
    assertEquals(0.7 + 0.6 + 60 * 2.0 / 9, TimelineLimit.seconds(60, 9, 2.0, true), 1e-9);
    assertEquals(0.6 + 60 * 2.0 / 9, TimelineLimit.seconds(60, 9, 2.0, false), 1e-9);
  }

  private static LoggedRequest request(
      String route, int status, double startSeconds, double seconds) {
    return new LoggedRequest(
        "GET",
        "/" + route,
        route,
        status,
        0,
        LAUNCH.plusNanos((long) (startSeconds * 1e9)),
        Duration.ofNanos((long) (seconds * 1e9)),
        "127.0.0.1");
  }
}
