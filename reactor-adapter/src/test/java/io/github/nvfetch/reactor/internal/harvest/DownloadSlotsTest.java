package io.github.nvfetch.reactor.internal.harvest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

class DownloadSlotsTest {

  /** Work that runs until the test ends it, counting how many run at once. */
  private static final class Gate {
    final AtomicInteger running = new AtomicInteger();
    final AtomicInteger started = new AtomicInteger();
    final List<Sinks.One<String>> ends = new CopyOnWriteArrayList<>();

    Mono<String> work() {
      return Mono.defer(
          () -> {
            Sinks.One<String> end = Sinks.one();
            ends.add(end);
            running.incrementAndGet();
            started.incrementAndGet();
            return end.asMono().doFinally(signal -> running.decrementAndGet());
          });
    }

    void succeed(int index) {
      ends.get(index).tryEmitValue("done " + index);
    }

    void fail(int index) {
      ends.get(index).tryEmitError(new IllegalStateException("failed " + index));
    }
  }

  @Test
  void runsAtMostCapacityAtOnceInArrivalOrder() {
    DownloadSlots slots = new DownloadSlots(2);
    Gate gate = new Gate();
    List<String> done = new CopyOnWriteArrayList<>();

    Disposable all =
        Flux.range(0, 5).flatMap(i -> slots.withSlot(gate.work())).subscribe(done::add);

    assertEquals(2, gate.started.get());
    gate.succeed(1);
    assertEquals(3, gate.started.get(), "a finished slot lets the next waiter in");
    assertEquals(2, gate.running.get());
    gate.succeed(0);
    gate.succeed(2);
    gate.succeed(3);
    gate.succeed(4);
    assertEquals(List.of("done 1", "done 0", "done 2", "done 3", "done 4"), done);
    all.dispose();
  }

  @Test
  void aBudgetStopsStartsOnceEnoughSucceededAndFailuresGiveItBack() {
    DownloadSlots slots = new DownloadSlots(4);
    slots.limitTo(2);
    Gate gate = new Gate();

    Flux.range(0, 6)
        .flatMap(i -> slots.withSlot(gate.work()).onErrorResume(e -> Mono.empty()))
        .subscribe();

    assertEquals(2, gate.started.get(), "two may still succeed: only two start");
    gate.fail(0);
    assertEquals(3, gate.started.get(), "a failure gives its unit back");
    gate.succeed(1);
    gate.succeed(2);
    assertEquals(3, gate.started.get(), "two succeeded: the budget is spent");
    slots.refund();
    assertEquals(4, gate.started.get(), "a refunded success lets one more start");
  }

  @Test
  void aCancelledWaiterLeavesTheQueueAndACancelledRunnerFreesItsSlot() {
    DownloadSlots slots = new DownloadSlots(1);
    Gate gate = new Gate();

    Disposable first = slots.withSlot(gate.work()).subscribe();
    Disposable second = slots.withSlot(gate.work()).subscribe();
    Mono<String> third = slots.withSlot(gate.work());
    second.dispose();
    assertEquals(1, gate.started.get());

    StepVerifier.create(third)
        .then(first::dispose)
        .then(
            () ->
                assertEquals(
                    2,
                    gate.started.get(),
                    "the cancelled runner's slot goes to the third, not to the withdrawn second"))
        .then(() -> gate.succeed(1))
        .expectNext("done 1")
        .verifyComplete();
  }

  @Test
  void aSlotIsFreedWhenTheTransferEndsWhileItsBudgetWaitsForTheCheck() {
    DownloadSlots slots = new DownloadSlots(1);
    slots.limitTo(2);
    Gate transfers = new Gate();
    Gate checks = new Gate();

    Disposable all =
        Flux.range(0, 3)
            .flatMap(
                i ->
                    slots
                        .withBudget(slots.during(transfers.work()).flatMap(body -> checks.work()))
                        .onErrorResume(e -> Mono.empty()))
            .subscribe();

    assertEquals(1, transfers.started.get());
    transfers.succeed(0);
    assertEquals(1, checks.started.get());
    assertEquals(2, transfers.started.get(), "the slot is free while the first file is checked");
    transfers.succeed(1);
    assertEquals(2, transfers.started.get(), "both units of budget are held: the third waits");
    checks.fail(0);
    assertEquals(3, transfers.started.get(), "a failed check gives its unit back");
    all.dispose();
  }
}
