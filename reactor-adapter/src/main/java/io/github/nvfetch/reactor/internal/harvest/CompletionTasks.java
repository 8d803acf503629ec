package io.github.nvfetch.reactor.internal.harvest;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What a harvest does once it has completed normally, after its last outcome and the settling of
 * its files: tasks its stages added while it ran, run one after the other. A harvest that fails or
 * is cancelled runs none of them (it was interrupted: what they would tidy up is what a rerun
 * needs). A task that fails is skipped; the harvest still completes.
 */
final class CompletionTasks {

  private final Queue<Supplier<Mono<Void>>> tasks = new ConcurrentLinkedQueue<>();

  /** Adds a task, run on completion (it chooses its own scheduler for blocking work). */
  void add(Supplier<Mono<Void>> task) {
    tasks.add(task);
  }

  /** Runs the tasks in the order they were added. */
  Mono<Void> run() {
    return Flux.fromIterable(tasks)
        .concatMap(task -> Mono.defer(task).onErrorResume(e -> Mono.empty()))
        .then();
  }
}
