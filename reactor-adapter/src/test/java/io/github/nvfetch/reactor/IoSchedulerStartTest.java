package io.github.nvfetch.reactor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.reactor.BlockingCalls.BlockingCall;
import io.github.nvfetch.reactor.internal.IoScheduler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * File work is handed to the I/O pool from event loops and parallel workers. While the pool has
 * fewer threads than its size (every new client, and after idle threads retire), a hand-off starts
 * a thread under the pool's short internal lock, and two hand-offs at once wait for each other
 * there. Under BlockHound's default callback that wait was thrown as a blocking call and left the
 * pool's lock held forever: the harvest's later file work was refused ("Scheduler unavailable") and
 * closing the client hung (a whole CI run timed out this way). The SDK's BlockHound integration
 * declares the wait; this races hand-offs to fresh pools from two non-blocking threads.
 */
class IoSchedulerStartTest {

  private static final int ROUNDS = 2_000;
  private static final int TASKS_PER_THREAD = 4;
  private static final int CLOSE_ROUNDS = 1_000;

  private final Scheduler left = Schedulers.newParallel("hand-off-left", 1, true);
  private final Scheduler right = Schedulers.newParallel("hand-off-right", 1, true);

  @AfterEach
  void dispose() {
    left.dispose();
    right.dispose();
  }

  @Test
  void startingPoolThreadsFromNonBlockingThreadsIsNotReported() {
    List<BlockingCall> calls = new ArrayList<>();
    for (int round = 0; round < ROUNDS && calls.isEmpty(); round++) {
      try (IoScheduler pool = new IoScheduler(2 * TASKS_PER_THREAD, "io-start-race")) {
        AtomicInteger ready = new AtomicInteger();
        Mono.when(handOffs(left, pool, ready), handOffs(right, pool, ready))
            .block(Duration.ofSeconds(10));
      }
      calls.addAll(BlockingCalls.drain());
    }
    assertEquals(List.of(), calls);
  }

  @Test
  void handingOffToAClosingPoolIsRefusedWithoutWaitingForItsLock() {
    List<BlockingCall> calls = new ArrayList<>();
    int refused = closeRaces(calls); // Reactor logs each refused hand-off: fewer rounds
    assertEquals(List.of(), calls);
    assertTrue(refused > 0, "some hand-offs came after the close");
  }

  private int closeRaces(List<BlockingCall> calls) {
    int refused = 0;
    for (int round = 0; round < CLOSE_ROUNDS && calls.isEmpty(); round++) {
      IoScheduler pool = new IoScheduler(2, "io-close-race");
      AtomicInteger ready = new AtomicInteger();
      Mono<Integer> handOffs = refusedHandOffs(left, pool, ready);
      Mono<Integer> close =
          Mono.fromCallable(
                  () -> {
                    ready.incrementAndGet();
                    pool.close(Duration.ofSeconds(5));
                    return 0;
                  })
              .subscribeOn(Schedulers.boundedElastic());
      refused += Mono.zip(handOffs, close, Integer::sum).block(Duration.ofSeconds(10));
      calls.addAll(BlockingCalls.drain());
    }
    return refused;
  }

  /** On {@code thread}: once the closer is ready, hands tasks to the pool; counts the refusals. */
  private static Mono<Integer> refusedHandOffs(
      Scheduler thread, IoScheduler pool, AtomicInteger ready) {
    return Mono.fromCallable(
            () -> {
              ready.incrementAndGet();
              while (ready.get() < 2) {
                // a busy wait: BlockHound counts Thread.onSpinWait as blocking
              }
              int refusals = 0;
              for (int task = 0; task < TASKS_PER_THREAD; task++) {
                try {
                  pool.scheduler().schedule(() -> {});
                } catch (RejectedExecutionException e) {
                  refusals++;
                }
              }
              return refusals;
            })
        .subscribeOn(thread);
  }

  /** On {@code thread}: waits (spinning) for the other side, then hands tasks to the pool. */
  private static Mono<Void> handOffs(Scheduler thread, IoScheduler pool, AtomicInteger ready) {
    return Mono.<Void>fromRunnable(
            () -> {
              ready.incrementAndGet();
              while (ready.get() < 2) {
                // a busy wait: BlockHound counts Thread.onSpinWait as blocking
              }
              for (int task = 0; task < TASKS_PER_THREAD; task++) {
                pool.scheduler().schedule(() -> {});
              }
            })
        .subscribeOn(thread);
  }
}
