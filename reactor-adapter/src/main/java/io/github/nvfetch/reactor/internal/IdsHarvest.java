package io.github.nvfetch.reactor.internal;

import io.github.nvfetch.core.CollectionMeta;
import io.github.nvfetch.core.FailedImage;
import io.github.nvfetch.core.IdsRequest;
import io.github.nvfetch.core.ImageMeta;
import io.github.nvfetch.core.ImageOutcome;
import io.github.nvfetch.core.InvalidMetadataException;
import io.github.nvfetch.reactor.HarvestAbortedException;
import io.github.nvfetch.reactor.HarvestEvent;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * nilearn's explicit mode ({@code fetch_neurovault_ids}): no filter and no limit; images already
 * on disk first (unless overwriting), then each requested collection in the order given (all of
 * its images not yet on disk, also when part of it is), then each requested image not seen yet.
 * A collection that cannot be read is reported and skipped; an image that cannot be read is a
 * {@link FailedImage}; a server that does not answer at all aborts the harvest.
 */
public final class IdsHarvest {

  private static final Logger LOG = LoggerFactory.getLogger(IdsHarvest.class);

  private final MetadataApi api;
  private final ImageFetcher fetcher;
  private final HarvestTools tools;

  /** Creates the harvest. */
  public IdsHarvest(HarvestTools tools) {
    this.tools = tools;
    this.api = tools.api();
    this.fetcher = tools.fetcher();
  }

  /** Runs the harvest lazily; each subscription runs it again. */
  public Flux<ImageOutcome> run(IdsRequest request, EventSink events) {
    return Harvests.run(request.dataDir(), request.mode(), request.fetchNeurosynthWords(),
        events, tools, request.downloadConcurrency(), context -> {
          Set<Long> seen = ConcurrentHashMap.newKeySet();
          Flux<ImageOutcome> all = local(request, context, seen)
              .concatWith(Flux.defer(() -> server(request, context, seen)));
          return context.settled(
              HarvestLimits.abortAfterConsecutiveFailures(all, tools.maxConsecutiveFailures()));
        });
  }

  private Flux<ImageOutcome> local(IdsRequest request, HarvestContext context, Set<Long> seen) {
    if (context.overwrite()) {
      return Flux.empty();
    }
    Set<Long> images = new HashSet<>(request.imageIds());
    Set<Long> collections = new HashSet<>(request.collectionIds());
    return tools.localScan().images(context.store(), c -> true,
            stored -> images.contains(stored.image().id())
                || collections.contains(stored.collection().id()), request.verifyFiles())
        .filter(stored -> seen.add(stored.image().id()))
        .concatMap(stored -> fetcher.complete(stored, context), 1);
  }

  private Flux<ImageOutcome> server(IdsRequest request, HarvestContext context, Set<Long> seen) {
    if (context.offline()) {
      return Flux.empty();
    }
    Flux<Mono<HarvestStep>> fromCollections = Flux.fromIterable(request.collectionIds())
        .flatMapSequential(id -> collectionSteps(id, context, seen),
            HarvestTools.LISTINGS_AHEAD, HarvestTools.CANDIDATES_BUFFERED);
    Flux<Mono<HarvestStep>> fromImages = Flux.defer(() -> Flux.fromIterable(
            request.imageIds())
        .map(id -> Harvests.once(seen, id, () -> imageStep(id, context))));
    return Harvests.storeInOrder(fromCollections.concatWith(fromImages), fetcher, context,
        tools.window());
  }

  /**
   * A requested collection (always saved, as nilearn does), then its images not seen yet: each
   * image once, the first listing naming it wins.
   */
  private Flux<Mono<HarvestStep>> collectionSteps(long id, HarvestContext context,
      Set<Long> seen) {
    Flux<Mono<HarvestStep>> steps = api.collection(id, context.events())
        .flatMapMany(collection -> Harvests.collectionThen(collection,
            api.collectionImages(id, context.events())
                .map(image -> Harvests.once(seen, image.id(),
                    () -> fetcher.select(image, collection, context)))));
    return Harvests.requireListing(steps, "collection " + id)
        .onErrorResume(e -> !(e instanceof HarvestAbortedException), e -> {
          LOG.warn("cannot fetch collection {}: {}", id, e.getMessage());
          context.events().emit(new HarvestEvent.CollectionFailed(id, e.getMessage()));
          return Flux.empty();
        });
  }

  /** One requested image: its record, its collection's record, then the download. */
  private Mono<HarvestStep> imageStep(long id, HarvestContext context) {
    Mono<ImageMeta> record = Harvests.requireListing(api.image(id, context.events()).flux(),
        "image " + id).next();
    return record
        .flatMap(image -> collectionOf(image, context)
            .flatMap(collection -> fetcher.select(image, collection, context)))
        .onErrorResume(e -> !(e instanceof HarvestAbortedException), e -> Mono.fromCallable(() -> {
          FailedImage failure = FailedImage.ofId(id, e);
          LOG.debug("image {} failed: {}", id, failure.reason());
          context.events().emit(new HarvestEvent.ImageFailed(failure));
          return new HarvestStep.Finished(failure);
        }).subscribeOn(tools.io()));
  }

  private Mono<CollectionMeta> collectionOf(ImageMeta image, HarvestContext context) {
    if (image.collectionId().isEmpty()) {
      return Mono.error(new InvalidMetadataException("image " + image.id()
          + " has no usable collection_id (found " + image.get("collection_id") + ")"));
    }
    return api.collection(image.collectionId().getAsLong(), context.events());
  }
}
