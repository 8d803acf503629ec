package io.github.nvfetch.reactor;

import io.github.nvfetch.core.CollectionMeta;
import io.github.nvfetch.core.FailedImage;
import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.FetchedImage;
import io.github.nvfetch.core.HarvestRequest;
import io.github.nvfetch.core.IdsRequest;
import io.github.nvfetch.core.ImageMeta;
import io.github.nvfetch.core.ImageOutcome;
import io.github.nvfetch.core.NeuroVaultDataset;
import io.github.nvfetch.core.filter.Terms;
import io.github.nvfetch.core.store.StagedFile;
import io.github.nvfetch.reactor.internal.ClientMetrics;
import io.github.nvfetch.reactor.internal.ClientSettings;
import io.github.nvfetch.reactor.internal.EventDispatcher;
import io.github.nvfetch.reactor.internal.EventSink;
import io.github.nvfetch.reactor.internal.HarvestSummary;
import io.github.nvfetch.reactor.internal.IoScheduler;
import io.github.nvfetch.reactor.internal.api.MetadataApi;
import io.github.nvfetch.reactor.internal.api.NeurosynthApi;
import io.github.nvfetch.reactor.internal.api.PageReader;
import io.github.nvfetch.reactor.internal.harvest.HarvestEngine;
import io.github.nvfetch.reactor.internal.harvest.ImageDownloader;
import io.github.nvfetch.reactor.internal.harvest.PendingFiles;
import io.github.nvfetch.reactor.internal.http.HttpTransport;
import io.github.nvfetch.reactor.internal.metrics.MicrometerMetrics;
import io.github.nvfetch.reactor.internal.resilience.FairLane;
import io.github.nvfetch.reactor.internal.resilience.HostBudgets;
import io.github.nvfetch.reactor.internal.resilience.Resilience;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * The reactive NeuroVault client. Everything it returns is lazy (nothing happens before a
 * subscription) and cancellable. Every request goes through a rate limiter shared by the whole
 * client, a circuit breaker and retries with backoff; blocking file I/O runs on the client's own
 * bounded scheduler, never on a network thread.
 *
 * <pre>{@code
 * try (NeuroVaultClient client = NeuroVaultClient.builder().build()) {
 *   NeuroVaultDataset data = client.fetchDataset(FetchRequest.builder()
 *       .imageTerm("modality", "fMRI-BOLD").maxImages(7).build()).block();
 * }
 * }</pre>
 *
 * <p>Build one client and share it: it is thread-safe. Close it to release its connections and
 * threads.
 */
public final class NeuroVaultClient implements AutoCloseable {

  private final ClientSettings settings;
  private final IoScheduler ioPool;
  private final Scheduler io;
  private final EventDispatcher dispatcher;
  private final HttpTransport http;
  private final Resilience resilience;
  private final MetadataApi api;
  private final NeurosynthApi neurosynth;
  private final ImageDownloader downloader;
  private final HarvestEngine engine;
  private final ClientMetrics metrics;
  private final HostBudgets budgets;
  private final boolean sharesPool;
  private final java.util.concurrent.atomic.AtomicBoolean poolReleased =
      new java.util.concurrent.atomic.AtomicBoolean();

  NeuroVaultClient(ClientSettings settings, HostBudgets budgets) {
    this.settings = settings;
    this.budgets = budgets;
    boolean injectedPool =
        settings.httpClient().isPresent() || settings.connectionProvider().isPresent();
    this.sharesPool = !injectedPool;
    this.metrics =
        settings
            .meterRegistry()
            .map(registry -> MicrometerMetrics.of(registry, settings.nettyMetrics()))
            .orElse(ClientMetrics.NONE);
    this.ioPool = new IoScheduler(settings.ioThreads(), "nvfetch-io");
    this.io = ioPool.scheduler();
    this.dispatcher = new EventDispatcher("nvfetch-events");
    this.http =
        new HttpTransport(
            settings,
            metrics,
            sharesPool
                ? budgets.acquirePool(
                    HostBudgets.key(settings.baseUrl()), () -> HttpTransport.newPool(settings))
                : null);
    this.resilience = new Resilience(settings, metrics, budgets);
    PageReader pages = new PageReader(http, resilience, settings.responseTimeout());
    this.api = new MetadataApi(settings.baseUrl(), settings.pageSize(), pages);
    this.neurosynth =
        new NeurosynthApi(settings.neurosynthUrl(), http, resilience, settings.neurosynthTimeout());
    this.downloader =
        new ImageDownloader(
            settings.baseUrl(),
            http,
            resilience,
            io,
            settings.maxFileBytes(),
            settings.fileTimeout(),
            metrics);
    this.engine =
        HarvestEngine.of(
            api,
            downloader,
            neurosynth,
            io,
            settings.downloadConcurrency(),
            settings.maxConsecutiveFailures());
  }

  /** A builder with the defaults (the live services, 8 requests/s, 4 downloads at a time). */
  public static NeuroVaultClientBuilder builder() {
    return new NeuroVaultClientBuilder();
  }

  private EventSink sink(HarvestListener extra) {
    return new EventSink(dispatcher, settings.listener(), extra);
  }

  // ---- low level --------------------------------------------------------------------------

  /**
   * Collections matching {@code terms}, in API order. {@code DOI}, {@code name}, {@code owner} and
   * {@code id} terms with plain values are sent to the server; every term is also checked locally.
   */
  public PagedFlux<CollectionMeta> collections(Terms terms) {
    return api.collections(Objects.requireNonNull(terms, "terms"), sink(HarvestListener.NONE));
  }

  /** Every public collection, in API order. */
  public PagedFlux<CollectionMeta> collections() {
    return collections(Terms.of());
  }

  /** The images of a collection, in id order. */
  public PagedFlux<ImageMeta> collectionImages(long collectionId) {
    return api.collectionImages(collectionId, sink(HarvestListener.NONE));
  }

  /** Every public image ({@code /api/images/}). */
  public PagedFlux<ImageMeta> images() {
    return api.images(sink(HarvestListener.NONE));
  }

  /** One collection (cached for the client's life, up to an hour). */
  public Mono<CollectionMeta> collection(long collectionId) {
    return api.collection(collectionId, sink(HarvestListener.NONE));
  }

  /** One image. */
  public Mono<ImageMeta> image(long imageId) {
    return api.image(imageId, sink(HarvestListener.NONE));
  }

  /**
   * Downloads an image's file to {@code target}, atomically (through {@code target.part}), after
   * checking its length and that it is a complete gzip NIfTI-1 image.
   */
  public Mono<Path> download(ImageMeta image, Path target) {
    Objects.requireNonNull(target, "target");
    PendingFiles pending = new PendingFiles();
    return downloader
        .download(image, () -> StagedFile.forTarget(target), pending, sink(HarvestListener.NONE))
        .flatMap(staged -> downloader.commit(staged, pending));
  }

  /**
   * Neurosynth's words for an image (term to correlation); empty when Neurosynth has none. Errors
   * (an outage) are signalled; answers are cached.
   */
  public Mono<Map<String, Double>> neurosynthWords(long imageId) {
    return neurosynth.decode(imageId, sink(HarvestListener.NONE)).map(NeurosynthApi.Answer::words);
  }

  // ---- harvests ---------------------------------------------------------------------------

  /**
   * A filtered harvest, nilearn's {@code fetch_neurovault}: the fetched images, in nilearn's order.
   * Failed images are reported to the listeners as {@link HarvestEvent.ImageFailed}.
   */
  public Flux<FetchedImage> fetch(FetchRequest request) {
    return fetch(request, HarvestListener.NONE);
  }

  /** {@link #fetch(FetchRequest)} with a listener for this harvest's events. */
  public Flux<FetchedImage> fetch(FetchRequest request, HarvestListener listener) {
    return successes(fetchOutcomes(request, listener));
  }

  /** A filtered harvest giving every outcome: fetched images and failures, in order. */
  public Flux<ImageOutcome> fetchOutcomes(FetchRequest request, HarvestListener listener) {
    EventSink events = sink(listener);
    return FairLane.own(
        HarvestSummary.observe(
            engine.run(Objects.requireNonNull(request, "request"), events),
            "filtered harvest",
            events,
            metrics));
  }

  /** A harvest by ids, nilearn's {@code fetch_neurovault_ids}: no filter, no limit. */
  public Flux<FetchedImage> fetchIds(IdsRequest request) {
    return fetchIds(request, HarvestListener.NONE);
  }

  /** {@link #fetchIds(IdsRequest)} with a listener for this harvest's events. */
  public Flux<FetchedImage> fetchIds(IdsRequest request, HarvestListener listener) {
    return successes(fetchIdsOutcomes(request, listener));
  }

  /** A harvest by ids giving every outcome. */
  public Flux<ImageOutcome> fetchIdsOutcomes(IdsRequest request, HarvestListener listener) {
    EventSink events = sink(listener);
    return FairLane.own(
        HarvestSummary.observe(
            engine.run(Objects.requireNonNull(request, "request"), events),
            "harvest by ids",
            events,
            metrics));
  }

  /** A filtered harvest collected into a dataset, words vectorized when requested. */
  public Mono<NeuroVaultDataset> fetchDataset(FetchRequest request) {
    return fetchDataset(request, HarvestListener.NONE);
  }

  /** {@link #fetchDataset(FetchRequest)} with a listener. */
  public Mono<NeuroVaultDataset> fetchDataset(FetchRequest request, HarvestListener listener) {
    return dataset(
        fetchOutcomes(request, listener),
        request.fetchNeurosynthWords() && request.vectorizeWords());
  }

  /** A harvest by ids collected into a dataset. */
  public Mono<NeuroVaultDataset> fetchIdsDataset(IdsRequest request, HarvestListener listener) {
    return dataset(
        fetchIdsOutcomes(request, listener),
        request.fetchNeurosynthWords() && request.vectorizeWords());
  }

  /**
   * A harvest, filtered or by ids: the fetched images, in nilearn's order. Failed images are
   * reported to the client's listeners as {@link HarvestEvent.ImageFailed}.
   */
  public Flux<FetchedImage> harvest(HarvestRequest request) {
    return harvest(request, HarvestListener.NONE);
  }

  /** {@link #harvest(HarvestRequest)} with a listener for this harvest's events. */
  public Flux<FetchedImage> harvest(HarvestRequest request, HarvestListener listener) {
    return successes(harvestOutcomes(request, listener));
  }

  /** A harvest giving every outcome: fetched images and failures, in order. */
  public Flux<ImageOutcome> harvestOutcomes(HarvestRequest request, HarvestListener listener) {
    Objects.requireNonNull(request, "request");
    if (request instanceof FetchRequest filteredRequest) {
      return fetchOutcomes(filteredRequest, listener);
    }
    return fetchIdsOutcomes((IdsRequest) request, listener);
  }

  /** A harvest collected into a dataset, words vectorized when requested. */
  public Mono<NeuroVaultDataset> harvestDataset(HarvestRequest request) {
    return harvestDataset(request, HarvestListener.NONE);
  }

  /** {@link #harvestDataset(HarvestRequest)} with a listener for this harvest's events. */
  public Mono<NeuroVaultDataset> harvestDataset(HarvestRequest request, HarvestListener listener) {
    return dataset(harvestOutcomes(request, listener), request.wordsVectorized());
  }

  private static Flux<FetchedImage> successes(Flux<ImageOutcome> outcomes) {
    return outcomes.ofType(FetchedImage.class);
  }

  private Mono<NeuroVaultDataset> dataset(Flux<ImageOutcome> outcomes, boolean vectorize) {
    return outcomes
        .collectList()
        .publishOn(io)
        .map(
            all -> {
              List<FetchedImage> fetched = new ArrayList<>();
              List<FailedImage> failed = new ArrayList<>();
              for (ImageOutcome outcome : all) {
                if (outcome instanceof FetchedImage f) {
                  fetched.add(f);
                } else {
                  failed.add((FailedImage) outcome);
                }
              }
              return NeuroVaultDataset.of(fetched, failed, vectorize);
            });
  }

  /**
   * Releases the connections and threads of this client. File work already started (cleanup of
   * cancelled downloads included) is allowed to finish first, for up to 30 seconds. Blocks: do not
   * call it from a network thread.
   */
  @Override
  public void close() {
    ioPool.close(Duration.ofSeconds(30));
    http.close();
    if (!poolReleased.getAndSet(true)) {
      resilience.close();
      if (sharesPool) {
        budgets.releasePool(HostBudgets.key(settings.baseUrl()));
      }
    }
    dispatcher.close();
  }
}
