package io.github.nvfetch.reactor.internal.harvest;

import java.util.ArrayDeque;
import java.util.Deque;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;

/**
 * A harvest's non-blocking semaphores for file downloads: a budget, and slots. At most {@code
 * budget} downloads succeed: a download ({@link #withBudget}) that succeeds spends one unit, one
 * that fails or is cancelled gives it back, and none starts while the units are all spent or held
 * by running downloads. With the budget set to the images still wanted, a harvest never downloads
 * more files than {@code maxImages} asks for, although it downloads several at a time (nilearn's
 * users complained of fetchers that did). At most {@code capacity} transfers ({@link #during}) hold
 * a slot at once: a slot is held while a body arrives, and freed before the file is flushed and
 * checked, so the next transfer starts while the last one is checked. Waiters are served in arrival
 * order. The critical sections are a few field updates, never I/O.
 */
final class DownloadSlots implements TransferGate {

  private final int capacity;
  private final Deque<MonoSink<Boolean>> waitingForBudget = new ArrayDeque<>();
  private final Deque<MonoSink<Boolean>> waitingForSlot = new ArrayDeque<>();
  private long budget = Long.MAX_VALUE;
  private int running;
  private long spentOrRunning;

  /** Slots for {@code capacity} concurrent transfers, with no budget yet. */
  public DownloadSlots(int capacity) {
    this.capacity = capacity;
  }

  /** Sets how many downloads may still succeed. */
  public synchronized void limitTo(long successes) {
    this.budget = successes;
  }

  /** Gives back the budget of a download that succeeded but whose image was not stored. */
  public void refund() {
    synchronized (this) {
      spentOrRunning--;
    }
    wakeNext(waitingForBudget);
  }

  /** Runs {@code work} with a unit of budget and its transfer in a slot (tests, simple uses). */
  public <T> Mono<T> withSlot(Mono<T> work) {
    return withBudget(during(work));
  }

  /**
   * Runs {@code download} once a unit of budget is free; a value spends it, an error or a cancel
   * gives it back. The download takes its slots itself, through {@link #during}.
   */
  public <T> Mono<T> withBudget(Mono<T> download) {
    return Mono.usingWhen(
        acquire(waitingForBudget, this::budgetFree, this::spend),
        unit -> download,
        unit -> Mono.empty(),
        (unit, e) -> Mono.fromRunnable(this::refund),
        unit -> Mono.fromRunnable(this::refund));
  }

  /** Runs a transfer once a slot is free; the slot is freed when it ends, however. */
  @Override
  public <T> Mono<T> during(Mono<T> transfer) {
    return Mono.usingWhen(
        acquire(waitingForSlot, this::slotFree, this::occupy),
        slot -> transfer,
        slot -> freeSlot(),
        (slot, e) -> freeSlot(),
        slot -> freeSlot());
  }

  private Mono<Boolean> acquire(Deque<MonoSink<Boolean>> waiting, Condition free, Runnable take) {
    return Mono.<Boolean>create(
            sink -> {
              boolean granted;
              synchronized (this) {
                granted = waiting.isEmpty() && free.holds();
                if (granted) {
                  take.run();
                } else {
                  waiting.add(sink);
                }
              }
              if (granted) {
                sink.success(Boolean.TRUE);
              } else {
                sink.onCancel(() -> withdraw(waiting, sink));
              }
            })
        .doOnDiscard(
            Boolean.class,
            granted -> {
              if (waiting == waitingForSlot) {
                freeSlot().subscribe();
              } else {
                refund();
              }
            });
  }

  /** A condition read under the lock. */
  private interface Condition {
    boolean holds();
  }

  private boolean budgetFree() {
    return spentOrRunning < budget;
  }

  private boolean slotFree() {
    return running < capacity;
  }

  private void spend() {
    spentOrRunning++;
  }

  private void occupy() {
    running++;
  }

  /**
   * A waiter gave up. If a unit or slot was already handed to it, it comes back through the discard
   * hook (a value given to a cancelled sink is discarded), so nothing is released here.
   */
  private synchronized void withdraw(Deque<MonoSink<Boolean>> waiting, MonoSink<Boolean> sink) {
    waiting.remove(sink);
  }

  private Mono<Void> freeSlot() {
    return Mono.fromRunnable(
        () -> {
          synchronized (this) {
            running--;
          }
          wakeNext(waitingForSlot);
        });
  }

  private void wakeNext(Deque<MonoSink<Boolean>> waiting) {
    MonoSink<Boolean> next;
    synchronized (this) {
      boolean free = waiting == waitingForSlot ? slotFree() : budgetFree();
      next = free ? waiting.poll() : null;
      if (next != null) {
        if (waiting == waitingForSlot) {
          occupy();
        } else {
          spend();
        }
      }
    }
    if (next != null) {
      next.success(Boolean.TRUE);
    }
  }
}
