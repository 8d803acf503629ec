package io.github.nvfetch.reactor.internal;

import io.github.nvfetch.core.Mode;
import io.github.nvfetch.core.store.LocalStore;
import io.github.nvfetch.reactor.HarvestAbortedException;
import io.github.nvfetch.reactor.HttpStatusException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * What every harvest does first (open the store, settle the mode, clean leftovers) and how it
 * reports a server it cannot read.
 */
final class Harvests {

  private static final Logger LOG = LoggerFactory.getLogger(Harvests.class);

  private Harvests() {}

  /**
   * The context of a harvest into {@code dataDir}. Like nilearn, a store that cannot be written
   * turns the harvest offline (with a warning). Leftover part files of a killed run are removed.
   */
  static Mono<HarvestContext> open(Path dataDir, Mode requested, boolean words, EventSink events,
      Scheduler io) {
    return Mono.fromCallable(() -> {
      LocalStore store = LocalStore.at(dataDir);
      Mode mode = requested;
      if (mode != Mode.OFFLINE && !store.isWritable()) {
        LOG.warn("You don't have write access to neurovault dir: {}; working offline.",
            store.root());
        mode = Mode.OFFLINE;
      }
      if (mode != Mode.OFFLINE) {
        int removed = store.removeLeftovers();
        if (removed > 0) {
          LOG.info("removed {} partial file(s) left by an interrupted run", removed);
        }
      }
      return new HarvestContext(store, mode, words, events, new PendingFiles());
    }).subscribeOn(io);
  }

  /**
   * A list the harvest needs that could not be read after every retry means NeuroVault is not
   * answering: an explicit {@link HarvestAbortedException} naming the list, never an empty
   * result. Typed client errors (404, 403) pass unchanged.
   */
  static <T> Flux<T> requireListing(Flux<T> listing, String what) {
    return listing.onErrorMap(e -> !(e instanceof HttpStatusException status)
            || status.status() >= 500 || status.status() == 408 || status.status() == 429,
        e -> new HarvestAbortedException("harvest stopped: NeuroVault did not serve " + what
            + " after every retry: " + e.getMessage(), e));
  }
}
