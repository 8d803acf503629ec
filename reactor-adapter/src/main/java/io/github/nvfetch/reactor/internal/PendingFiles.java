package io.github.nvfetch.reactor.internal;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;

/**
 * Counts the staged files of a harvest that are not committed or deleted yet, so that the
 * harvest can finish only once the clean-up of cancelled downloads has run: when a harvest's
 * Flux completes, no part file of it is left.
 */
public final class PendingFiles {

  private final AtomicInteger open = new AtomicInteger();
  private final Queue<MonoSink<Void>> waiters = new ConcurrentLinkedQueue<>();

  /** A staged file was created. */
  public void opened() {
    open.incrementAndGet();
  }

  /** A staged file was committed or deleted. */
  public void settledOne() {
    if (open.decrementAndGet() == 0) {
      release();
    }
  }

  /** Completes once no staged file is open. */
  public Mono<Void> allSettled() {
    return Mono.create(sink -> {
      waiters.add(sink);
      if (open.get() == 0) {
        release();
      }
    });
  }

  private void release() {
    MonoSink<Void> waiter;
    while ((waiter = waiters.poll()) != null) {
      waiter.success();
    }
  }
}
