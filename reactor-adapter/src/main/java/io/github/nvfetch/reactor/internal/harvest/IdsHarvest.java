package io.github.nvfetch.reactor.internal.harvest;

import io.github.nvfetch.core.CollectionMeta;
import io.github.nvfetch.core.FailedImage;
import io.github.nvfetch.core.IdsRequest;
import io.github.nvfetch.core.ImageMeta;
import io.github.nvfetch.core.InvalidMetadataException;
import io.github.nvfetch.core.store.StoredImage;
import io.github.nvfetch.reactor.HarvestAbortedException;
import io.github.nvfetch.reactor.HarvestEvent;
import java.util.HashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * nilearn's explicit mode ({@code fetch_neurovault_ids}): no filter and no limit; the requested
 * images on disk, then each requested collection in the order given (all of its images not yet on
 * disk, also when part of it is), then each requested image not seen yet. A collection that cannot
 * be read is reported and skipped; an image that cannot be read is a {@link FailedImage}; a server
 * that does not answer at all aborts the harvest.
 *
 * @param request the request
 * @param tools what the harvest is made of
 */
record IdsHarvest(IdsRequest request, HarvestTools tools) implements HarvestSelection {

  private static final Logger LOG = LoggerFactory.getLogger(IdsHarvest.class);

  @Override
  public Flux<StoredImage> onDisk(HarvestContext context) {
    Set<Long> images = new HashSet<>(request.imageIds());
    Set<Long> collections = new HashSet<>(request.collectionIds());
    return tools
        .localScan()
        .images(
            context.store(),
            c -> true,
            stored ->
                images.contains(stored.image().id())
                    || collections.contains(stored.collection().id()),
            request.verifyFiles(),
            context.resampling());
  }

  @Override
  public Flux<Mono<HarvestStep>> fromServer(HarvestContext context) {
    Flux<Mono<HarvestStep>> fromCollections =
        Flux.fromIterable(request.collectionIds())
            .flatMapSequential(
                id -> collectionSteps(id, context),
                HarvestTools.LISTINGS_AHEAD,
                HarvestTools.CANDIDATES_BUFFERED);
    Flux<Mono<HarvestStep>> fromImages =
        Flux.defer(
            () ->
                Flux.fromIterable(request.imageIds())
                    .map(id -> context.once(id, () -> imageStep(id, context))));
    return fromCollections.concatWith(fromImages);
  }

  /**
   * A requested collection (always saved, as nilearn does), then its images not seen yet: each
   * image once, the first listing naming it wins.
   */
  private Flux<Mono<HarvestStep>> collectionSteps(long id, HarvestContext context) {
    Flux<Mono<HarvestStep>> steps =
        tools
            .api()
            .collection(id, context.events())
            .flatMapMany(
                collection ->
                    Harvests.collectionThen(
                        collection,
                        tools
                            .api()
                            .collectionImages(id, context.events())
                            .map(
                                image ->
                                    context.once(
                                        image.id(),
                                        () ->
                                            tools
                                                .downloads()
                                                .select(image, collection, context)))));
    return Harvests.requireListing(steps, "collection " + id)
        .onErrorResume(
            e -> !(e instanceof HarvestAbortedException),
            e -> {
              LOG.warn("cannot fetch collection {}: {}", id, e.getMessage());
              context.events().emit(new HarvestEvent.CollectionFailed(id, e.getMessage()));
              return Flux.empty();
            });
  }

  /** One requested image: its record, its collection's record, then the download. */
  private Mono<HarvestStep> imageStep(long id, HarvestContext context) {
    Mono<ImageMeta> record =
        Harvests.requireListing(tools.api().image(id, context.events()).flux(), "image " + id)
            .next();
    return record
        .flatMap(
            image ->
                collectionOf(image, context)
                    .flatMap(collection -> tools.downloads().select(image, collection, context)))
        .onErrorResume(
            e -> !(e instanceof HarvestAbortedException),
            e ->
                Mono.fromCallable(
                        () -> (HarvestStep) new HarvestStep.Finished(context.failed(id, e)))
                    .subscribeOn(tools.io()));
  }

  private Mono<CollectionMeta> collectionOf(ImageMeta image, HarvestContext context) {
    if (image.collectionId().isEmpty()) {
      return Mono.error(
          new InvalidMetadataException(
              "image "
                  + image.id()
                  + " has no usable collection_id (found "
                  + image.get("collection_id")
                  + ")"));
    }
    return tools.api().collection(image.collectionId().getAsLong(), context.events());
  }
}
