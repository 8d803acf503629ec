package io.github.nvfetch.reactor.internal;

import io.github.nvfetch.core.CollectionMeta;
import io.github.nvfetch.core.ImageOutcome;
import io.github.nvfetch.core.Mode;
import io.github.nvfetch.core.store.LocalStore;
import io.github.nvfetch.reactor.HarvestAbortedException;
import java.nio.file.Path;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

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
   * The request's download concurrency, when given, lowers the client's.
   */
  static Mono<HarvestContext> open(Path dataDir, Mode requested, boolean words, EventSink events,
      HarvestTools tools, OptionalInt concurrency) {
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
      return new HarvestContext(store, mode, words, events, new PendingFiles(),
          new DownloadSlots(Math.min(tools.concurrency(),
              concurrency.orElse(tools.concurrency()))),
          new CollectionSaves(store, mode == Mode.OVERWRITE));
    }).subscribeOn(tools.io());
  }

  /** The step that saves a collection when the harvest reaches it, then its images' steps. */
  static Flux<Mono<HarvestStep>> collectionThen(CollectionMeta collection,
      Flux<Mono<HarvestStep>> images) {
    return Flux.concat(Mono.just(Mono.just(new HarvestStep.CollectionReached(collection))),
        images);
  }

  /**
   * Runs the steps' work ({@code window} at a time, results kept in order) and stores each step
   * in result order. Steps left behind when the harvest stops (cancelled) are discarded: their
   * part files deleted.
   */
  static Flux<ImageOutcome> storeInOrder(Flux<Mono<HarvestStep>> work, ImageFetcher fetcher,
      HarvestContext context, int window) {
    return work
        .flatMapSequential(step -> step, window, 1)
        .concatMap(step -> fetcher.store(step, context), 1)
        .doOnDiscard(HarvestStep.class, step -> fetcher.discard(step, context));
  }

  /**
   * A list or record the harvest needs that could not be read after every retry (I/O failures,
   * 5xx, throttling, an open circuit breaker) means NeuroVault is not answering: an explicit
   * {@link HarvestAbortedException} naming what was missing, never an empty result. Other
   * errors (404, 403, a garbled or unusable record) pass unchanged.
   */
  static <T> Flux<T> requireListing(Flux<T> listing, String what) {
    return listing.onErrorMap(FailureKinds::isOutage,
        e -> new HarvestAbortedException("harvest stopped: NeuroVault did not serve " + what
            + " after every retry: " + e.getMessage(), e));
  }
}
