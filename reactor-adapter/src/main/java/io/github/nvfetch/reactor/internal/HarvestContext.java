package io.github.nvfetch.reactor.internal;

import io.github.nvfetch.core.ImageOutcome;
import io.github.nvfetch.core.Mode;
import io.github.nvfetch.core.store.LocalStore;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What one harvest works with.
 *
 * @param store the local store
 * @param mode the effective mode (offline when the store is not writable)
 * @param wordsRequested whether Neurosynth words are wanted
 * @param events where progress goes
 * @param pending the staged files not yet committed or deleted
 * @param slots the download slots (the download concurrency)
 * @param collections the collection metadata written by this harvest
 */
public record HarvestContext(LocalStore store, Mode mode, boolean wordsRequested,
    EventSink events, PendingFiles pending, DownloadSlots slots, CollectionSaves collections) {

  /** True in {@link Mode#OVERWRITE}. */
  public boolean overwrite() {
    return mode == Mode.OVERWRITE;
  }

  /** True in {@link Mode#OFFLINE}: no request at all. */
  public boolean offline() {
    return mode == Mode.OFFLINE;
  }

  /**
   * The outcomes, finishing (completing or failing) only once every staged file of the harvest
   * was committed or deleted: when the harvest ends, no part file of it is left.
   */
  public Flux<ImageOutcome> settled(Flux<ImageOutcome> outcomes) {
    return outcomes
        .concatWith(Mono.defer(pending::allSettled).then(Mono.empty()))
        .onErrorResume(e -> pending.allSettled().then(Mono.error(e)));
  }
}
