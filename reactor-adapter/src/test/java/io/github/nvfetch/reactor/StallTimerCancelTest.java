package io.github.nvfetch.reactor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.nvfetch.reactor.BlockingCalls.BlockingCall;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * A body's stall timer is a {@code Flux.interval} on a parallel worker, cancelled from another
 * non-blocking thread (the event loop) when the body ends. The cancel removes the timer's task from
 * the worker's queue under that queue's lock, which the worker's own thread holds for a moment
 * whenever it takes or adds a task. Under BlockHound's default callback that wait was thrown as a
 * blocking call and left the queue's lock held forever, hanging every later task of that worker
 * (seen in a full test run: the stall timers of later harvests never fired or stopped). The SDK's
 * BlockHound integration declares the wait; this races the two on purpose, many times, and checks
 * that no blocking call was recorded.
 */
class StallTimerCancelTest {

  private static final int ROUNDS = 5_000;

  private final Scheduler timers = Schedulers.newParallel("stall-timers", 1, true);
  private final Scheduler cancellers = Schedulers.newParallel("cancellers", 1, true);

  @AfterEach
  void dispose() {
    cancellers.dispose();
    timers.dispose();
  }

  @Test
  void cancellingAPeriodicTimerFromANonBlockingThreadIsNotReported() {
    List<BlockingCall> calls = new ArrayList<>();
    for (int round = 0; round < ROUNDS && calls.isEmpty(); round++) {
      Disposable timer =
          Flux.interval(Duration.ofSeconds(30), Duration.ofSeconds(30), timers).subscribe();
      Mono<Void> busyWorker = Mono.fromRunnable(() -> {}).subscribeOn(timers).then();
      Mono<Void> cancel = Mono.fromRunnable(timer::dispose).subscribeOn(cancellers).then();
      Mono.when(busyWorker, busyWorker, cancel).block(Duration.ofSeconds(10));
      calls.addAll(BlockingCalls.drain());
    }
    assertEquals(List.of(), calls);
  }
}
