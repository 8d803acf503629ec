package io.github.nvfetch.reactor.internal.resilience;

import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;

/**
 * The file downloads of one client, shared fairly between its harvests: at most {@code capacity}
 * run at once, and a freed slot goes to the harvest ({@link FairLane}) whose turn it is ({@link
 * FairQueue}), not to whichever queued first. Each harvest still keeps its own {@link
 * DownloadSlots} (its concurrency and image budget); these slots sit under them, so many harvests
 * together never hold more connections than the pool has. Non-blocking; the critical sections are a
 * few field updates.
 */
public final class FairSlots {

  private final int capacity;
  private final FairQueue<MonoSink<Boolean>> waiting = new FairQueue<>();
  private int running;

  /** Slots for {@code capacity} downloads at once. */
  public FairSlots(int capacity) {
    this.capacity = Math.max(1, capacity);
  }

  /** Runs {@code work} once its harvest's turn gives it a slot; the slot is freed at its end. */
  public <T> Mono<T> withSlot(Mono<T> work) {
    return Mono.deferContextual(
        context ->
            Mono.usingWhen(
                take(FairLane.of(context)),
                slot -> work,
                slot -> free(),
                (slot, e) -> free(),
                slot -> free()));
  }

  private Mono<Boolean> take(FairLane lane) {
    return Mono.<Boolean>create(
            sink -> {
              boolean now;
              synchronized (this) {
                now = waiting.isEmpty() && running < capacity;
                if (now) {
                  running++;
                } else {
                  waiting.add(lane, sink);
                }
              }
              if (now) {
                sink.success(Boolean.TRUE);
              } else {
                sink.onCancel(() -> giveUp(lane, sink));
              }
            })
        .doOnDiscard(Boolean.class, slot -> free().subscribe());
  }

  /** A waiter left; a slot already handed to it comes back through the discard hook. */
  private synchronized void giveUp(FairLane lane, MonoSink<Boolean> sink) {
    waiting.remove(lane, sink);
  }

  private Mono<Void> free() {
    return Mono.fromRunnable(
        () -> {
          MonoSink<Boolean> next;
          synchronized (this) {
            running--;
            next = running < capacity ? waiting.poll() : null;
            if (next != null) {
              running++;
            }
          }
          if (next != null) {
            next.success(Boolean.TRUE);
          }
        });
  }
}
