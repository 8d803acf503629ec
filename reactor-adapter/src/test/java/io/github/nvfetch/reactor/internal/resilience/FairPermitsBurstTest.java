package io.github.nvfetch.reactor.internal.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.reactor.internal.ClientMetrics;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/** The burst of {@link FairPermits}, in virtual time: a full bucket at first, then the rate. */
class FairPermitsBurstTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  /** 10 requests per second: one every 100 ms. */
  private static FairPermits tenPerSecond(int burst) {
    return new FairPermits(
        RateLimiter.of(
            "test",
            RateLimiterConfig.custom()
                .limitForPeriod(1)
                .limitRefreshPeriod(Duration.ofMillis(100))
                .timeoutDuration(Duration.ofDays(1))
                .build()),
        burst);
  }

  /** When each of {@code count} requests, all asked at once, got its permission (ms). */
  private static Mono<List<Long>> grantTimes(FairPermits permits, int count) {
    return Flux.range(0, count)
        .flatMap(
            i ->
                permits.permitted(
                    Mono.fromCallable(() -> Schedulers.parallel().now(TimeUnit.MILLISECONDS)),
                    ClientMetrics.NONE))
        .sort()
        .collectList();
  }

  @Test
  void aFullBucketLetsTheBurstGoAtOnceThenKeepsTheRate() {
    StepVerifier.withVirtualTime(() -> grantTimes(tenPerSecond(5), 15))
        .thenAwait(Duration.ofSeconds(5))
        .assertNext(
            times ->
                assertEquals(
                    List.of(
                        0L, 0L, 0L, 0L, 0L, 100L, 200L, 300L, 400L, 500L, 600L, 700L, 800L, 900L,
                        1000L),
                    times,
                    "5 at once, then one per 100 ms: 15 requests in 1.0 s instead of 1.4 s"))
        .expectComplete()
        .verify(TIMEOUT);
  }

  @Test
  void withoutABurstEveryRequestWaitsItsInterval() {
    StepVerifier.withVirtualTime(() -> grantTimes(tenPerSecond(1), 4))
        .thenAwait(Duration.ofSeconds(5))
        .assertNext(times -> assertEquals(List.of(0L, 100L, 200L, 300L), times))
        .expectComplete()
        .verify(TIMEOUT);
  }

  @Test
  void anIdleSpellRefillsTheBucketButNeverBeyondTheBurst() {
    StepVerifier.withVirtualTime(
            () -> {
              FairPermits permits = tenPerSecond(3);
              return grantTimes(permits, 3)
                  .then(Mono.delay(Duration.ofSeconds(60)))
                  .then(grantTimes(permits, 6));
            })
        .thenAwait(Duration.ofSeconds(120))
        .assertNext(
            times ->
                assertEquals(
                    List.of(60_000L, 60_000L, 60_000L, 60_100L, 60_200L, 60_300L),
                    times,
                    "a minute idle refills 3 permissions, not 600"))
        .expectComplete()
        .verify(TIMEOUT);
  }

  @Test
  void aBurstIsNeverAboveTenInFlightNorNginxsBurst() {
    assertEquals(FairPermits.MAX_BURST, FairPermits.clampBurst(64));
    assertTrue(FairPermits.MAX_BURST <= 10 && FairPermits.MAX_BURST <= FairPermits.NGINX_BURST);
    assertEquals(1, FairPermits.clampBurst(0));
  }

  @Test
  void aLateHarvestStillGetsItsTurnAfterTheBurst() {
    StepVerifier.withVirtualTime(
            () -> {
              FairPermits permits = tenPerSecond(4);
              Mono<List<Long>> early = FairLane.own(grantTimes(permits, 20).flux()).next();
              Mono<Long> late =
                  Mono.delay(Duration.ofMillis(1))
                      .then(
                          FairLane.own(
                                  permits
                                      .permitted(
                                          Mono.fromCallable(
                                              () ->
                                                  Schedulers.parallel().now(TimeUnit.MILLISECONDS)),
                                          ClientMetrics.NONE)
                                      .flux())
                              .next());
              return Mono.zip(early, late);
            })
        .thenAwait(Duration.ofSeconds(5))
        .assertNext(
            both -> {
              assertEquals(4, both.getT1().stream().filter(t -> t == 0).count(), "the burst");
              assertTrue(
                  both.getT2() <= 200,
                  "the late harvest waited "
                      + both.getT2()
                      + " ms, not behind the 16 requests lined up before it");
            })
        .expectComplete()
        .verify(TIMEOUT);
  }
}
