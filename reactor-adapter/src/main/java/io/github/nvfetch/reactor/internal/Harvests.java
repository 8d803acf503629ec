package io.github.nvfetch.reactor.internal;

import io.github.nvfetch.core.CollectionMeta;
import io.github.nvfetch.core.ImageOutcome;
import io.github.nvfetch.core.Mode;
import io.github.nvfetch.core.internal.StoreLock;
import io.github.nvfetch.core.store.LocalStore;
import io.github.nvfetch.reactor.HarvestAbortedException;
import io.github.nvfetch.reactor.HarvestEvent;
import io.github.nvfetch.reactor.NotFoundException;
import java.net.URI;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What every harvest does first (open the store, settle the mode, join the store's lock, clean
 * leftovers when alone) and how it reports a server it cannot read.
 */
final class Harvests {

  private static final Logger LOG = LoggerFactory.getLogger(Harvests.class);

  private Harvests() {}

  /**
   * Runs {@code harvest} in the context of a harvest into {@code dataDir}. Like nilearn, a store
   * that cannot be written turns the harvest offline (with a warning). A harvest that writes
   * holds the data directory's {@link StoreLock} (shared with other harvests, in this process
   * and others) until it ends; the part files left by a killed run are removed only when no
   * other harvest is running. The request's download concurrency, when given, lowers the
   * client's.
   */
  static Flux<ImageOutcome> run(Path dataDir, Mode requested, boolean words, EventSink events,
      HarvestTools tools, OptionalInt concurrency,
      Function<HarvestContext, Flux<ImageOutcome>> harvest) {
    return Flux.usingWhen(
        Mono.fromCallable(() -> open(dataDir, requested, words, events, tools, concurrency))
            .subscribeOn(tools.io()),
        opened -> harvest.apply(opened.context()),
        opened -> release(opened.lock(), tools),
        (opened, e) -> release(opened.lock(), tools),
        opened -> release(opened.lock(), tools));
  }

  private record Opened(HarvestContext context, StoreLock lock) {}

  private static Mono<Void> release(StoreLock lock, HarvestTools tools) {
    return lock == null ? Mono.empty()
        : Mono.<Void>fromRunnable(lock::close).subscribeOn(tools.io());
  }

  private static Opened open(Path dataDir, Mode requested, boolean words, EventSink events,
      HarvestTools tools, OptionalInt concurrency) {
    LocalStore store = LocalStore.at(dataDir);
    Mode mode = requested;
    if (mode != Mode.OFFLINE && !store.isWritable()) {
      LOG.warn("You don't have write access to neurovault dir: {}; working offline.",
          store.root());
      mode = Mode.OFFLINE;
    }
    StoreLock lock = mode == Mode.OFFLINE ? null
        : StoreLock.acquire(store.dataDir(), () -> removeLeftovers(store));
    HarvestContext context = new HarvestContext(store, mode, words, events, new PendingFiles(),
        new DownloadSlots(Math.min(tools.concurrency(),
            concurrency.orElse(tools.concurrency()))),
        new CollectionSaves(store, mode == Mode.OVERWRITE));
    return new Opened(context, lock);
  }

  /**
   * The step of an image that only the first of its listings runs: it claims the image id when
   * it is subscribed, which {@link #storeInOrder} does in listing order, so the first listing
   * naming the image (on any page, in any collection) wins and later ones are empty.
   */
  static Mono<HarvestStep> once(Set<Long> claimed, long imageId,
      Supplier<Mono<HarvestStep>> step) {
    return Mono.defer(() -> claimed.add(imageId) ? step.get() : Mono.empty());
  }

  /** Removes a killed run's part files; a store entry that cannot be cleaned is only a warning. */
  private static void removeLeftovers(LocalStore store) {
    try {
      int removed = store.removeLeftovers();
      if (removed > 0) {
        LOG.info("removed {} partial file(s) left by an interrupted run", removed);
      }
    } catch (RuntimeException e) {
      LOG.warn("could not remove every partial file of {}: {}", store.root(), e.getMessage());
    }
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

  /**
   * A list the whole harvest depends on (the collection list): like {@link #requireListing},
   * and a 404 on the list itself (not on a collection asked for by id) means the base URL is
   * wrong, an error that says so rather than an empty result.
   */
  static <T> Flux<T> requireList(Flux<T> listing, String what) {
    return requireListing(listing, what).onErrorMap(
        e -> e instanceof NotFoundException notFound && isList(notFound.uri()),
        e -> new HarvestAbortedException(((NotFoundException) e).uri()
            + " answered 404: is --base-url the site root, e.g. https://neurovault.org?", e));
  }

  /** Whether an address is a list route ({@code .../collections/} or {@code .../images/}). */
  private static boolean isList(URI uri) {
    String path = uri.getPath() == null ? "" : uri.getPath();
    return path.endsWith("/collections/") || path.endsWith("/images/")
        && !path.matches(".*/collections/[^/]+/images/");
  }

  /**
   * One collection's image list failed without NeuroVault being down (a 404 or 403, a cycle
   * already reported, a page still unusable after its budget, an oversized header): the
   * failure is reported and the harvest goes on with the other collections.
   */
  static <T> Flux<T> skipFailedListing(Flux<T> listing, long collectionId, URI first,
      EventSink events) {
    return listing.onErrorResume(e -> !(e instanceof HarvestAbortedException), e -> {
      String reason = "cannot list the images of collection " + collectionId + ": "
          + e.getMessage();
      LOG.warn("{}", reason);
      events.emit(new HarvestEvent.ListingFailed(first, reason));
      events.emit(new HarvestEvent.CollectionFailed(collectionId, reason));
      return Flux.empty();
    });
  }
}
