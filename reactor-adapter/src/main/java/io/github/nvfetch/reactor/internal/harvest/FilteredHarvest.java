package io.github.nvfetch.reactor.internal.harvest;

import io.github.nvfetch.core.CollectionMeta;
import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.store.StoredImage;
import io.github.nvfetch.reactor.HarvestAbortedException;
import io.github.nvfetch.reactor.HarvestEvent;
import io.github.nvfetch.reactor.NotFoundException;
import io.github.nvfetch.reactor.internal.EventSink;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * nilearn's filtered mode ({@code fetch_neurovault}): the selected images on disk, then the
 * collection list in API order, each kept collection's image pages in order, every filter applied
 * to metadata before any download.
 *
 * @param request the request
 * @param tools what the harvest is made of
 */
record FilteredHarvest(FetchRequest request, HarvestTools tools) implements HarvestSelection {

  private static final Logger LOG = LoggerFactory.getLogger(FilteredHarvest.class);

  @Override
  public Flux<StoredImage> onDisk(HarvestContext context) {
    return tools
        .localScan()
        .images(
            context.store(),
            request.collectionSelection(),
            stored -> request.imageSelection().test(stored.image()),
            request.verifyFiles(),
            context.resampling());
  }

  @Override
  public Flux<Mono<HarvestStep>> fromServer(HarvestContext context) {
    AtomicBoolean listed = new AtomicBoolean();
    WalkResume walk = WalkResume.of(request, context, tools.api(), tools.io()); // walk-resume hook
    return walk.ended(
        Harvests.requireList( // walk-resume hook
                walk.collections(request.effectiveCollectionTerms()), // walk-resume hook
                "the collection list")
            .doOnNext(collection -> listed.set(true))
            .onErrorResume(
                e -> !(e instanceof HarvestAbortedException),
                e -> collectionListFailed(e, listed.get(), context.events()))
            .filter(request.collectionSelection())
            .flatMapSequential(
                collection ->
                    walk.walked(
                        collection, // walk-resume hook
                        steps(collection, context, walk)),
                HarvestTools.LISTINGS_AHEAD,
                HarvestTools.CANDIDATES_BUFFERED));
  }

  /**
   * The collection list failed without NeuroVault being down. A 404 here is for a collection asked
   * for by id (a 404 on the list itself aborted already): reported, nothing to harvest. A list
   * unusable from its first page aborts the harvest (never a silent empty result); one that fails
   * later ends there, reported, and the collections read so far are harvested.
   */
  private Flux<CollectionMeta> collectionListFailed(Throwable e, boolean listed, EventSink events) {
    if (e instanceof NotFoundException notFound) {
      LOG.warn("no such collection: {}", e.getMessage());
      events.emit(new HarvestEvent.ListingFailed(notFound.uri(), e.getMessage()));
      return Flux.empty();
    }
    if (!listed) {
      return Flux.error(
          new HarvestAbortedException(
              "harvest stopped: NeuroVault's collection "
                  + "list cannot be used: "
                  + e.getMessage(),
              e));
    }
    LOG.warn("the collection list ended early: {}", e.getMessage());
    events.emit(
        new HarvestEvent.ListingFailed(
            tools.api().api("/collections/"),
            "the collection list ended early: " + e.getMessage()));
    return Flux.empty();
  }

  /**
   * The collection (saved when the harvest reaches it), then its selected images. An image is
   * selected once per harvest: the context holds the ids already taken from disk or from an earlier
   * listing (a listing may name an image twice, on one page, across pages or in two collections).
   */
  private Flux<Mono<HarvestStep>> steps(
      CollectionMeta collection, HarvestContext context, WalkResume walk) {
    tools.api().remember(collection);
    Flux<Mono<HarvestStep>> images =
        Harvests.skipFailedListing(
                Harvests.requireListing(
                    walk.listing(
                        collection.id(), // walk-resume hook
                        tools.api().collectionImages(collection.id(), context.events())),
                    "the images of collection " + collection.id()),
                collection.id(),
                tools.api().api("/collections/" + collection.id() + "/images/"),
                context.events())
            .filter(request.imageSelection())
            .map(
                image ->
                    context.once(
                        image.id(), () -> tools.downloads().select(image, collection, context)));
    return Harvests.collectionThen(collection, images);
  }
}
