package io.github.nvfetch.reactor.internal.harvest;

import io.github.nvfetch.core.store.StagedFile;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;

/**
 * The staged files of a harvest that are not committed or deleted yet, so that the harvest can
 * finish only once the clean-up of cancelled downloads has run: when a harvest's Flux ends, no part
 * file of it is left. Settling a file twice is harmless.
 */
public final class PendingFiles {

  private final Set<StagedFile> open = ConcurrentHashMap.newKeySet();
  private final Queue<MonoSink<Void>> waiters = new ConcurrentLinkedQueue<>();
  private final Map<StagedFile, Runnable> onSettled = new ConcurrentHashMap<>();

  /** A staged file was created. */
  public void opened(StagedFile file) {
    open.add(file);
  }

  /** A staged file was committed or deleted. */
  public void settled(StagedFile file) {
    boolean wasOpen = open.remove(file);
    Runnable action = onSettled.remove(file);
    if (action != null) {
      action.run();
    }
    if (wasOpen && open.isEmpty()) {
      release();
    }
  }

  /**
   * Runs {@code action} once {@code file} is committed or deleted (at once if it is not open); the
   * action must not block.
   */
  public void whenSettled(StagedFile file, Runnable action) {
    onSettled.put(file, action);
    if (!open.contains(file) && onSettled.remove(file, action)) {
      action.run();
    }
  }

  /**
   * Deletes every staged file still open, for a harvest that was cancelled. A download cancelled
   * just as its file was verified can lose that file on its way out: Resilience4j's operators, and
   * some of Reactor's, drop a value that arrives after a cancel without handing it to the discard
   * hooks, and nothing else would delete it. A committed file is untouched (an abort after a commit
   * does nothing), and one being committed is finished first (the file's lock). Blocks on file I/O.
   */
  public void abortOpen() {
    for (StagedFile file : List.copyOf(open)) {
      try {
        file.abort();
      } finally {
        settled(file);
      }
    }
  }

  /** Completes once no staged file is open. */
  public Mono<Void> allSettled() {
    return Mono.create(
        sink -> {
          waiters.add(sink);
          if (open.isEmpty()) {
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
