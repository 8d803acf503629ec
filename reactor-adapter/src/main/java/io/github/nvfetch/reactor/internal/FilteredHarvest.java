package io.github.nvfetch.reactor.internal;

import io.github.nvfetch.core.CollectionMeta;
import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.ImageOutcome;
import io.github.nvfetch.reactor.HarvestAbortedException;
import io.github.nvfetch.reactor.HarvestEvent;
import io.github.nvfetch.reactor.NotFoundException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * nilearn's filtered mode ({@code fetch_neurovault}): images already on disk first (unless
 * overwriting), then the collection list in API order, each kept collection's image pages in
 * order, every filter applied to metadata before any download, downloads running concurrently
 * but results kept in order, until {@code maxImages} images are fetched.
 */
public final class FilteredHarvest {

  private static final Logger LOG = LoggerFactory.getLogger(FilteredHarvest.class);

  private final MetadataApi api;
  private final ImageFetcher fetcher;
  private final HarvestTools tools;

  /** Creates the harvest. */
  public FilteredHarvest(HarvestTools tools) {
    this.tools = tools;
    this.api = tools.api();
    this.fetcher = tools.fetcher();
  }

  /** Runs the harvest lazily; each subscription runs it again. */
  public Flux<ImageOutcome> run(FetchRequest request, EventSink events) {
    if (request.maxImages().isPresent() && request.maxImages().getAsInt() == 0) {
      return Flux.empty();
    }
    request.warnings().forEach(w -> LOG.warn(w));
    return Harvests.run(request.dataDir(), request.mode(), request.fetchNeurosynthWords(),
        events, tools, request.downloadConcurrency(), context -> {
          Set<Long> localIds = ConcurrentHashMap.newKeySet();
          AtomicInteger localImages = new AtomicInteger();
          Flux<ImageOutcome> all = local(request, context, localIds)
              .doOnNext(outcome -> localImages.addAndGet(outcome.isSuccess() ? 1 : 0))
              .concatWith(Flux.defer(() -> {
                request.maxImages().ifPresent(max ->
                    context.slots().limitTo(Math.max(0, max - localImages.get())));
                return server(request, context, localIds);
              }));
          return context.settled(HarvestLimits.upToSuccesses(
              HarvestLimits.abortAfterConsecutiveFailures(all, tools.maxConsecutiveFailures()),
              request.maxImages()));
        });
  }

  private Flux<ImageOutcome> local(FetchRequest request, HarvestContext context,
      Set<Long> localIds) {
    if (context.overwrite()) {
      return Flux.empty();
    }
    return tools.localScan().images(context.store(), request.collectionSelection(),
            stored -> request.imageSelection().test(stored.image()), request.verifyFiles())
        .filter(stored -> localIds.add(stored.image().id()))
        .doOnNext(stored -> {
          context.events().emit(new HarvestEvent.ImageSelected(stored.image()));
        })
        .concatMap(stored -> fetcher.complete(stored, context), 1);
  }

  private Flux<ImageOutcome> server(FetchRequest request, HarvestContext context,
      Set<Long> localIds) {
    if (context.offline()) {
      return Flux.empty();
    }
    AtomicBoolean listed = new AtomicBoolean();
    WalkResume walk = WalkResume.of(request, context, api, tools.io()); // walk-resume hook
    Flux<Mono<HarvestStep>> work = Harvests.requireList(
            walk.collections(request.effectiveCollectionTerms()), // walk-resume hook
            "the collection list")
        .doOnNext(collection -> listed.set(true))
        .onErrorResume(e -> !(e instanceof HarvestAbortedException),
            e -> collectionListFailed(e, listed.get(), context.events()))
        .filter(request.collectionSelection())
        .flatMapSequential(collection -> walk.walked(collection, // walk-resume hook
                steps(collection, request, context, localIds, walk)),
            HarvestTools.LISTINGS_AHEAD, HarvestTools.CANDIDATES_BUFFERED);
    return walk.recorded( // walk-resume hook
        Harvests.storeInOrder(work, fetcher, context, tools.window()));
  }

  /**
   * The collection list failed without NeuroVault being down. A 404 here is for a collection
   * asked for by id (a 404 on the list itself aborted already): reported, nothing to harvest.
   * A list unusable from its first page aborts the harvest (never a silent empty result); one
   * that fails later ends there, reported, and the collections read so far are harvested.
   */
  private Flux<CollectionMeta> collectionListFailed(Throwable e, boolean listed,
      EventSink events) {
    if (e instanceof NotFoundException notFound) {
      LOG.warn("no such collection: {}", e.getMessage());
      events.emit(new HarvestEvent.ListingFailed(notFound.uri(), e.getMessage()));
      return Flux.empty();
    }
    if (!listed) {
      return Flux.error(new HarvestAbortedException("harvest stopped: NeuroVault's collection "
          + "list cannot be used: " + e.getMessage(), e));
    }
    LOG.warn("the collection list ended early: {}", e.getMessage());
    events.emit(new HarvestEvent.ListingFailed(api.api("/collections/"), "the collection list ended early: "
        + e.getMessage()));
    return Flux.empty();
  }

  /**
   * The collection (saved when the harvest reaches it), then its selected images. An image is
   * selected once per harvest: {@code claimed} holds the ids already taken from disk or from an
   * earlier listing (a listing may name an image twice, on one page, across pages or in two
   * collections).
   */
  private Flux<Mono<HarvestStep>> steps(CollectionMeta collection, FetchRequest request,
      HarvestContext context, Set<Long> claimed, WalkResume walk) {
    api.remember(collection);
    Flux<Mono<HarvestStep>> images = Harvests.skipFailedListing(Harvests.requireListing(
            walk.listing(collection.id(), // walk-resume hook
                api.collectionImages(collection.id(), context.events())),
            "the images of collection " + collection.id()), collection.id(),
            api.api("/collections/" + collection.id() + "/images/"), context.events())
        .filter(request.imageSelection())
        .map(image -> Harvests.once(claimed, image.id(),
            () -> fetcher.select(image, collection, context)));
    return Harvests.collectionThen(collection, images);
  }
}
