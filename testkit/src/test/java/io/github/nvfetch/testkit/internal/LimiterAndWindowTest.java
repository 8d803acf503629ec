package io.github.nvfetch.testkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.testkit.internal.faults.InFlightLimiter;
import io.github.nvfetch.testkit.internal.faults.NginxRateLimiter;
import io.github.nvfetch.testkit.internal.stats.SlidingWindow;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** nginx limit_req arithmetic on a fake clock, limit_conn, and the sliding one-second window. */
class LimiterAndWindowTest {

  @Test
  void limitReqLetsBurstPlusOneThroughThenOnePerInterval() {
    AtomicLong now = new AtomicLong(1_000_000);
    NginxRateLimiter limiter = new NginxRateLimiter(now::get);
    int accepted = 0;
    for (int i = 0; i < 40; i++) {
      accepted += limiter.tryAcquire("a", 10, 20) ? 1 : 0;
    }
    assertEquals(21, accepted);
    assertTrue(limiter.tryAcquire("b", 10, 20), "per client");
    now.addAndGet(99);
    assertFalse(limiter.tryAcquire("a", 10, 20));
    now.addAndGet(1);
    assertTrue(limiter.tryAcquire("a", 10, 20), "one more after 100 ms at 10 r/s");
    assertFalse(limiter.tryAcquire("a", 10, 20));
    now.addAndGet(60_000);
    accepted = 0;
    for (int i = 0; i < 40; i++) {
      accepted += limiter.tryAcquire("a", 10, 20) ? 1 : 0;
    }
    assertEquals(21, accepted, "idle clients get the full burst back");
    assertTrue(limiter.tryAcquire("a", 0, 0), "rate 0 = unlimited");
  }

  @Test
  void limitConnBoundsConcurrentSlots() {
    InFlightLimiter limiter = new InFlightLimiter();
    assertTrue(limiter.tryAcquire("a", 2));
    assertTrue(limiter.tryAcquire("a", 2));
    assertFalse(limiter.tryAcquire("a", 2));
    limiter.release("a");
    assertTrue(limiter.tryAcquire("a", 2));
  }

  @Test
  void theSlidingWindowFindsTheBusiestSecondAnywhere() {
    SlidingWindow w = new SlidingWindow(1_000);
    long[] times = {0, 100, 900, 1_050, 1_099, 1_100, 1_800, 3_000};
    for (long t : times) {
      w.record(t);
    }
    assertEquals(5, w.peak(), "(800, 1800] holds 900, 1050, 1099, 1100 and 1800");
    w.reset();
    for (int i = 0; i < 500; i++) {
      w.record(i);
    }
    assertEquals(500, w.peak());
  }
}
