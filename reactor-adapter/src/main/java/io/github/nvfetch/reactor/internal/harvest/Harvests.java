package io.github.nvfetch.reactor.internal.harvest;

import io.github.nvfetch.core.CollectionMeta;
import io.github.nvfetch.reactor.HarvestAbortedException;
import io.github.nvfetch.reactor.HarvestEvent;
import io.github.nvfetch.reactor.NotFoundException;
import io.github.nvfetch.reactor.internal.EventSink;
import io.github.nvfetch.reactor.internal.resilience.FailureKinds;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The listing rules every harvest shares: which failure of a list or record aborts the harvest,
 * which one only skips what it lists, and where a collection's step goes.
 */
final class Harvests {

  private static final Logger LOG = LoggerFactory.getLogger(Harvests.class);

  private Harvests() {}

  /** The step that saves a collection when the harvest reaches it, then its images' steps. */
  static Flux<Mono<HarvestStep>> collectionThen(
      CollectionMeta collection, Flux<Mono<HarvestStep>> images) {
    return Flux.concat(Mono.just(Mono.just(new HarvestStep.CollectionReached(collection))), images);
  }

  /**
   * A list or record the harvest needs that could not be read after every retry (I/O failures, 5xx,
   * throttling, an open circuit breaker) means NeuroVault is not answering: an explicit {@link
   * HarvestAbortedException} naming what was missing, never an empty result. Other errors (404,
   * 403, a garbled or unusable record) pass unchanged.
   */
  static <T> Flux<T> requireListing(Flux<T> listing, String what) {
    return listing.onErrorMap(
        FailureKinds::isOutage,
        e ->
            new HarvestAbortedException(
                "harvest stopped: NeuroVault did not serve "
                    + what
                    + " after every retry: "
                    + e.getMessage(),
                e));
  }

  /**
   * A list the whole harvest depends on (the collection list): like {@link #requireListing}, and a
   * 404 on the list itself (not on a collection asked for by id) means the base URL is wrong, an
   * error that says so rather than an empty result.
   */
  static <T> Flux<T> requireList(Flux<T> listing, String what) {
    return requireListing(listing, what)
        .onErrorMap(
            e -> e instanceof NotFoundException notFound && isList(notFound.uri()),
            e ->
                new HarvestAbortedException(
                    ((NotFoundException) e).uri()
                        + " answered 404: is --base-url the site root, e.g. https://neurovault.org?",
                    e));
  }

  /** Whether an address is a list route ({@code .../collections/} or {@code .../images/}). */
  private static boolean isList(URI uri) {
    String path = uri.getPath() == null ? "" : uri.getPath();
    return path.endsWith("/collections/")
        || (path.endsWith("/images/") && !path.matches(".*/collections/[^/]+/images/"));
  }

  /**
   * One collection's image list failed without NeuroVault being down (a 404 or 403, a cycle already
   * reported, a page still unusable after its budget, an oversized header): the failure is reported
   * and the harvest goes on with the other collections.
   */
  static <T> Flux<T> skipFailedListing(
      Flux<T> listing, long collectionId, URI first, EventSink events) {
    return listing.onErrorResume(
        e -> !(e instanceof HarvestAbortedException),
        e -> {
          String reason =
              "cannot list the images of collection " + collectionId + ": " + e.getMessage();
          LOG.warn("{}", reason);
          events.emit(new HarvestEvent.ListingFailed(first, reason));
          events.emit(new HarvestEvent.CollectionFailed(collectionId, reason));
          return Flux.empty();
        });
  }
}
