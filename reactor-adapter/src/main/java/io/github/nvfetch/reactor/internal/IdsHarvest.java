package io.github.nvfetch.reactor.internal;

import io.github.nvfetch.core.CollectionMeta;
import io.github.nvfetch.core.FailedImage;
import io.github.nvfetch.core.IdsRequest;
import io.github.nvfetch.core.ImageMeta;
import io.github.nvfetch.core.ImageOutcome;
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
    return Harvests.open(request.dataDir(), request.mode(), request.fetchNeurosynthWords(),
            events, tools.io())
        .flatMapMany(context -> {
          Set<Long> seen = ConcurrentHashMap.newKeySet();
          Set<Long> savedCollections = ConcurrentHashMap.newKeySet();
          Flux<ImageOutcome> all = local(request, context, seen)
              .concatWith(Flux.defer(() -> server(request, context, seen, savedCollections)));
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
                || collections.contains(stored.collection().id()))
        .doOnNext(stored -> seen.add(stored.image().id()))
        .concatMap(stored -> fetcher.complete(stored, context), 1);
  }

  private Flux<ImageOutcome> server(IdsRequest request, HarvestContext context, Set<Long> seen,
      Set<Long> savedCollections) {
    if (context.offline()) {
      return Flux.empty();
    }
    Flux<Mono<ImageOutcome>> fromCollections = Flux.fromIterable(request.collectionIds())
        .flatMapSequential(id -> collectionWork(id, context, seen, savedCollections),
            HarvestTools.LISTINGS_AHEAD, HarvestTools.CANDIDATES_BUFFERED);
    Flux<Mono<ImageOutcome>> fromImages = Flux.defer(() -> Flux.fromIterable(
            request.imageIds())
        .filter(id -> seen.add(id))
        .map(id -> imageWork(id, context, savedCollections)));
    return fromCollections.concatWith(fromImages).flatMapSequential(w -> w, tools.concurrency(), 1);
  }

  private Flux<Mono<ImageOutcome>> collectionWork(long id, HarvestContext context,
      Set<Long> seen, Set<Long> savedCollections) {
    Flux<Mono<ImageOutcome>> work = api.collection(id, context.events())
        .flatMap(collection -> save(collection, context, savedCollections))
        .flatMapMany(collection -> api.collectionImages(id, context.events())
            .filter(image -> seen.add(image.id()))
            .map(image -> {
              context.events().emit(new HarvestEvent.ImageSelected(image));
              return fetcher.fetch(image, collection, context);
            }));
    return Harvests.requireListing(work, "collection " + id)
        .onErrorResume(e -> !(e instanceof HarvestAbortedException), e -> {
          LOG.warn("cannot fetch collection {}: {}", id, e.getMessage());
          context.events().emit(new HarvestEvent.CollectionFailed(id, e.getMessage()));
          return Flux.empty();
        });
  }

  private Mono<ImageOutcome> imageWork(long id, HarvestContext context,
      Set<Long> savedCollections) {
    Mono<ImageMeta> record = Harvests.requireListing(api.image(id, context.events()).flux(),
        "image " + id).next();
    return record
        .flatMap(image -> collectionOf(image, context, savedCollections)
            .flatMap(collection -> {
              context.events().emit(new HarvestEvent.ImageSelected(image));
              return fetcher.fetch(image, collection, context);
            }))
        .onErrorResume(e -> !(e instanceof HarvestAbortedException), e -> Mono.fromCallable(() -> {
          FailedImage failure = FailedImage.ofId(id, e);
          LOG.warn("image {} failed: {}", id, failure.reason());
          context.events().emit(new HarvestEvent.ImageFailed(failure));
          return (ImageOutcome) failure;
        }).subscribeOn(tools.io()));
  }

  private Mono<CollectionMeta> collectionOf(ImageMeta image, HarvestContext context,
      Set<Long> savedCollections) {
    return Mono.justOrEmpty(image.collectionId().isPresent()
            ? image.collectionId().getAsLong() : null)
        .switchIfEmpty(Mono.error(new io.github.nvfetch.core.InvalidMetadataException(
            "image " + image.id() + " has no usable collection_id (found "
                + image.get("collection_id") + ")")))
        .flatMap(collectionId -> api.collection(collectionId, context.events()))
        .flatMap(collection -> save(collection, context, savedCollections));
  }

  private Mono<CollectionMeta> save(CollectionMeta collection, HarvestContext context,
      Set<Long> savedCollections) {
    return Mono.fromCallable(() -> {
      boolean first = savedCollections.add(collection.id());
      boolean onDisk = context.store().readCollection(collection.id()).isPresent();
      return first && (context.overwrite() || !onDisk)
          ? context.store().saveCollection(collection)
          : context.store().withPaths(collection);
    }).subscribeOn(tools.io());
  }
}
