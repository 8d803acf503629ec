package io.github.nvfetch.reactor.internal.harvest;

import java.util.ArrayDeque;
import java.util.Deque;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;

/**
 * A non-blocking semaphore for file downloads, with a budget. At most {@code capacity}
 * downloads run at once, and at most {@code budget} succeed: a download that succeeds spends
 * one unit, one that fails or is cancelled gives it back. With the budget set to the images
 * still wanted, a harvest never downloads more files than {@code maxImages} asks for, although
 * it downloads several at a time (nilearn's users complained of fetchers that did). Waiters are
 * served in arrival order. The critical sections are a few field updates, never I/O.
 */
final class DownloadSlots {

  private final int capacity;
  private final Deque<MonoSink<Boolean>> waiting = new ArrayDeque<>();
  private long budget = Long.MAX_VALUE;
  private int running;
  private long spentOrRunning;

  /** Slots for {@code capacity} concurrent downloads, with no budget yet. */
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
    wakeNext();
  }

  /** Runs {@code work} once a slot is free; a value spends budget, an error or cancel not. */
  public <T> Mono<T> withSlot(Mono<T> work) {
    return Mono.usingWhen(acquire(), slot -> work, slot -> release(true),
        (slot, e) -> release(false), slot -> release(false));
  }

  private Mono<Boolean> acquire() {
    return Mono.<Boolean>create(sink -> {
      boolean granted;
      synchronized (this) {
        granted = waiting.isEmpty() && canStart();
        if (granted) {
          start();
        } else {
          waiting.add(sink);
        }
      }
      if (granted) {
        sink.success(Boolean.TRUE);
      } else {
        sink.onCancel(() -> withdraw(sink));
      }
    }).doOnDiscard(Boolean.class, granted -> release(false).subscribe());
  }

  private boolean canStart() {
    return running < capacity && spentOrRunning < budget;
  }

  private void start() {
    running++;
    spentOrRunning++;
  }

  /**
   * A waiter gave up. If a slot was already handed to it, that slot comes back through the
   * discard hook (a value given to a cancelled sink is discarded), so nothing is released here.
   */
  private synchronized void withdraw(MonoSink<Boolean> sink) {
    waiting.remove(sink);
  }

  private Mono<Void> release(boolean succeeded) {
    return Mono.fromRunnable(() -> {
      synchronized (this) {
        running--;
      }
      if (succeeded) {
        wakeNext();
      } else {
        refund();
      }
    });
  }

  private void wakeNext() {
    MonoSink<Boolean> next;
    synchronized (this) {
      next = canStart() ? waiting.poll() : null;
      if (next != null) {
        start();
      }
    }
    if (next != null) {
      next.success(Boolean.TRUE);
    }
  }
}
