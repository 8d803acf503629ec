package io.github.nvfetch.reactor.internal.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class AdaptivePacerTest {

  private final AtomicLong clock = new AtomicLong();

  @Test
  void halvesOnThrottlingAtMostOnceASecondAndClimbsBackAdditively() {
    AdaptivePacer pacer = new AdaptivePacer(10, clock::get);

    pacer.throttled();
    pacer.throttled();
    assertEquals(5.0, pacer.rate(), "a burst of rejections counts once");
    clock.addAndGet(1_000_000_000L);
    pacer.throttled();
    assertEquals(2.5, pacer.rate());
    pacer.succeeded();
    assertEquals(2.9, pacer.rate(), 1e-9, "a success adds 1 / rate");
    for (int i = 0; i < 100; i++) {
      pacer.succeeded();
    }
    assertEquals(10.0, pacer.rate(), "never above the ceiling");
  }

  @Test
  void climbsAtMostATwentiethOfTheCeilingPerSuccess() {
    AdaptivePacer slow = new AdaptivePacer(4, clock::get);
    for (int i = 0; i < 4; i++) {
      clock.addAndGet(1_000_000_000L);
      slow.throttled();
    }
    assertEquals(0.5, slow.rate());
    slow.succeeded();
    assertEquals(0.7, slow.rate(), 1e-9, "1 / 0.5 would be 2: capped at 4 / 20");
  }

  @Test
  void aFastCeilingClimbsBackSlowly() {
    AdaptivePacer fast = new AdaptivePacer(300, clock::get);
    for (int i = 0; i < 4; i++) {
      clock.addAndGet(1_000_000_000L);
      fast.throttled();
    }
    assertEquals(18.75, fast.rate());
    for (int i = 0; i < 19; i++) {
      fast.succeeded();
    }
    assertEquals(19.75, fast.rate(), 0.05, "a second of successes adds about one request/s");
  }

  @Test
  void neverGoesBelowHalfARequestPerSecond() {
    AdaptivePacer pacer = new AdaptivePacer(8, clock::get);
    for (int i = 0; i < 20; i++) {
      clock.addAndGet(1_000_000_000L);
      pacer.throttled();
    }
    assertEquals(0.5, pacer.rate());
  }

  @Test
  void spacesCallsAtTheCurrentRate() {
    AdaptivePacer pacer = new AdaptivePacer(4, clock::get);
    pacer.throttled();

    StepVerifier.withVirtualTime(() -> Flux.range(0, 3).flatMap(i -> pacer.paced(Mono.just(i))))
        .expectSubscription()
        .expectNextCount(1)
        .expectNoEvent(Duration.ofMillis(490))
        .thenAwait(Duration.ofMillis(20))
        .expectNextCount(1)
        .expectNoEvent(Duration.ofMillis(480))
        .thenAwait(Duration.ofMillis(20))
        .expectNextCount(1)
        .verifyComplete();
  }

  @Test
  void addsNoWaitAtTheCeiling() {
    AdaptivePacer pacer = new AdaptivePacer(4, clock::get);

    StepVerifier.withVirtualTime(() -> Flux.range(0, 5).flatMap(i -> pacer.paced(Mono.just(i))))
        .expectSubscription()
        .expectNextCount(5)
        .verifyComplete();
  }
}
