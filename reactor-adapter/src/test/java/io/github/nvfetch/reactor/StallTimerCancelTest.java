package io.github.nvfetch.reactor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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
 * whenever it takes or adds a task: under BlockHound that wait was reported as a blocking call and
 * left the queue's lock held forever, hanging every later task of that worker (seen in a full test
 * run: the stall timers of later harvests never fired or stopped). The SDK's BlockHound integration
 * declares the wait; this races the two on purpose, many times.
 */
class StallTimerCancelTest {

  private static final int ROUNDS = 5_000;

  private final Scheduler timers = Schedulers.newParallel("stall-timers", 1, true);
  private final Scheduler cancellers = Schedulers.newParallel("cancellers", 1, true);

  /**
   * Disposes the schedulers on a thread of their own: when the race is reported, the timer worker's
   * queue lock is left held forever (BlockHound's error leaves the lock's queue broken), so a
   * dispose here would hang the test instead of letting it fail.
   */
  @AfterEach
  void dispose() {
    Thread disposer =
        new Thread(
            () -> {
              cancellers.dispose();
              timers.dispose();
            },
            "stall-timer-test-dispose");
    disposer.setDaemon(true);
    disposer.start();
  }

  @Test
  void cancellingAPeriodicTimerFromANonBlockingThreadIsNotReported() {
    List<Throwable> errors = new CopyOnWriteArrayList<>();
    Schedulers.onHandleError("stall-timer-test", (thread, error) -> errors.add(error));
    try {
      for (int round = 0; round < ROUNDS && errors.isEmpty(); round++) {
        Disposable timer =
            Flux.interval(Duration.ofSeconds(30), Duration.ofSeconds(30), timers).subscribe();
        Mono<Void> busyWorker = Mono.fromRunnable(() -> {}).subscribeOn(timers).then();
        Mono<Void> cancel = Mono.fromRunnable(timer::dispose).subscribeOn(cancellers).then();
        Mono.when(busyWorker, busyWorker, cancel)
            .onErrorResume(
                e -> {
                  errors.add(e);
                  return Mono.empty();
                })
            .block(Duration.ofSeconds(10));
      }
    } finally {
      Schedulers.resetOnHandleError("stall-timer-test");
    }
    assertEquals(List.of(), errors);
  }
}
