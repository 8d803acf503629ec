package io.github.nvfetch.reactor.internal;

import io.github.nvfetch.core.Mode;
import io.github.nvfetch.core.store.LocalStore;

/**
 * What one harvest works with.
 *
 * @param store the local store
 * @param mode the effective mode (offline when the store is not writable)
 * @param wordsRequested whether Neurosynth words are wanted
 * @param events where progress goes
 */
public record HarvestContext(LocalStore store, Mode mode, boolean wordsRequested,
    EventSink events) {

  /** True in {@link Mode#OVERWRITE}. */
  public boolean overwrite() {
    return mode == Mode.OVERWRITE;
  }

  /** True in {@link Mode#OFFLINE}: no request at all. */
  public boolean offline() {
    return mode == Mode.OFFLINE;
  }
}
