package io.github.nvfetch.reactor.internal.harvest;

import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.HarvestRequest;
import io.github.nvfetch.core.IdsRequest;
import io.github.nvfetch.core.ImageOutcome;
import io.github.nvfetch.core.Mode;
import io.github.nvfetch.core.internal.StoreLock;
import io.github.nvfetch.core.store.LocalStore;
import io.github.nvfetch.reactor.HarvestEvent;
import io.github.nvfetch.reactor.internal.EventSink;
import io.github.nvfetch.reactor.internal.api.MetadataApi;
import io.github.nvfetch.reactor.internal.api.NeurosynthApi;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The one harvest engine. Every harvest opens the store (settling the mode, joining the store's
 * lock, cleaning leftovers when alone), returns the wanted images already on disk first (unless
 * overwriting), then fetches the {@link HarvestSelection}'s steps from the server, downloads
 * running concurrently but stored in result order, under the {@link Quota} and the
 * consecutive-failure limit, and ends only once every part file is settled.
 */
public final class HarvestEngine {

  private static final Logger LOG = LoggerFactory.getLogger(HarvestEngine.class);

  private final HarvestTools tools;

  private HarvestEngine(HarvestTools tools) {
    this.tools = tools;
  }

  /**
   * The engine of a client: metadata from {@code api}, files through {@code downloader}, words from
   * {@code neurosynth}, blocking work on {@code io}.
   *
   * @param concurrency the client's download concurrency (a request may lower it)
   * @param maxConsecutiveFailures image failures in a row that abort a harvest
   */
  public static HarvestEngine of(
      MetadataApi api,
      ImageDownloader downloader,
      NeurosynthApi neurosynth,
      Scheduler io,
      int concurrency,
      int maxConsecutiveFailures) {
    WordsEnricher words = new WordsEnricher(neurosynth, io);
    return new HarvestEngine(
        new HarvestTools(
            api,
            new DownloadStage(downloader, words, io),
            new StoreStage(downloader, words, io),
            new LocalScan(io),
            io,
            concurrency,
            maxConsecutiveFailures));
  }

  /**
   * How long a cancelled harvest's running file work (a check, a commit, a cancelled download's own
   * clean-up) has before the files still open are deleted.
   */
  static final Duration CANCEL_GRACE = Duration.ofMillis(250);

  /** Runs a harvest lazily; each subscription runs it again. */
  public Flux<ImageOutcome> run(HarvestRequest request, EventSink events) {
    if (Quota.wantsNone(request.maxImages())) {
      return Flux.empty();
    }
    request.warnings().forEach(w -> LOG.warn(w));
    HarvestSelection selection = selection(request);
    return Flux.usingWhen(
        Mono.fromCallable(() -> open(request, events)).subscribeOn(tools.io()),
        opened -> harvest(opened.context(), selection),
        opened -> release(opened.lock()),
        (opened, e) -> release(opened.lock()),
        opened -> {
          abortOpenFilesLater(opened.context());
          return release(opened.lock());
        });
  }

  /**
   * After a cancel, once the work already running had {@link #CANCEL_GRACE} to settle its own
   * files, deletes the staged files nobody holds any more ({@link PendingFiles#abortOpen}). On
   * Reactor's bounded-elastic threads, not the client's I/O pool: the client may be closed by then.
   */
  private static void abortOpenFilesLater(HarvestContext context) {
    Mono.delay(CANCEL_GRACE, Schedulers.boundedElastic())
        .subscribe(
            tick -> context.pending().abortOpen(),
            e -> LOG.warn("could not delete a cancelled harvest's part files: {}", e.toString()));
  }

  private HarvestSelection selection(HarvestRequest request) {
    if (request instanceof FetchRequest filtered) {
      return new FilteredHarvest(filtered, tools);
    }
    return new IdsHarvest((IdsRequest) request, tools);
  }

  private Flux<ImageOutcome> harvest(HarvestContext context, HarvestSelection selection) {
    Flux<ImageOutcome> all =
        onDisk(context, selection)
            .doOnNext(context.quota()::countFromDisk)
            .concatWith(
                Flux.defer(
                    () -> {
                      context.quota().openDownloads();
                      return fromServer(context, selection);
                    }));
    return context.settled(
        context
            .quota()
            .capped(
                HarvestLimits.abortAfterConsecutiveFailures(all, tools.maxConsecutiveFailures())));
  }

  private Flux<ImageOutcome> onDisk(HarvestContext context, HarvestSelection selection) {
    if (context.overwrite()) {
      return Flux.empty();
    }
    return selection
        .onDisk(context)
        .filter(stored -> context.claim(stored.image().id()))
        .doOnNext(stored -> context.events().emit(new HarvestEvent.ImageSelected(stored.image())))
        .concatMap(
            stored ->
                ResampleStage.local(stored, context)
                    .flatMap(usable -> tools.stores().complete(usable, context))
                    .onErrorResume(e -> Mono.just(context.failed(stored.image(), e))),
            1);
  }

  /**
   * Runs the steps' work ({@code window} at a time, results kept in order) and stores each step in
   * result order. Steps left behind when the harvest stops (cancelled) are discarded: their part
   * files deleted.
   */
  private Flux<ImageOutcome> fromServer(HarvestContext context, HarvestSelection selection) {
    if (context.offline()) {
      return Flux.empty();
    }
    StoreStage stores = tools.stores();
    return selection
        .fromServer(context)
        .flatMapSequential(
            step -> settle(ResampleStage.prepare(step, context)),
            DownloadConcurrency.window(context.concurrency()),
            1)
        .<HarvestStep>handle(
            (settled, sink) -> {
              if (settled.error() != null) {
                sink.error(settled.error());
              } else {
                sink.next(settled.step());
              }
            })
        .concatMap(step -> stores.store(step, context), 1)
        .doOnDiscard(Object.class, left -> discard(left, stores, context));
  }

  /**
   * A step's work as a value, its failure included: a failure that stops the harvest surfaces in
   * listing order, as in nilearn's sequential loop, never ahead of an earlier image still at work
   * (which may yet be stored, or fail with the first reason).
   */
  private static Mono<Settled> settle(Mono<HarvestStep> step) {
    return step.map(done -> new Settled(done, null))
        .onErrorResume(e -> Mono.just(new Settled(null, e)));
  }

  private static void discard(Object left, StoreStage stores, HarvestContext context) {
    HarvestStep step =
        left instanceof Settled settled
            ? settled.step()
            : left instanceof HarvestStep harvestStep ? harvestStep : null;
    if (step != null) {
      stores.discard(step, context);
    }
  }

  /** The outcome of one step's work: the step, or the failure that ends the harvest. */
  private record Settled(HarvestStep step, Throwable error) {}

  private record Opened(HarvestContext context, StoreLock lock) {}

  private Mono<Void> release(StoreLock lock) {
    return lock == null
        ? Mono.empty()
        : Mono.<Void>fromRunnable(lock::close).subscribeOn(tools.io());
  }

  /**
   * Opens a harvest into the request's data directory. Like nilearn, a store that cannot be written
   * turns the harvest offline (with a warning). A harvest that writes holds the data directory's
   * {@link StoreLock} (shared with other harvests, in this process and others) until it ends; the
   * part files left by a killed run are removed only when no other harvest is running.
   */
  private Opened open(HarvestRequest request, EventSink events) {
    LocalStore store = LocalStore.at(request.dataDir());
    Mode mode = request.mode();
    if (mode != Mode.OFFLINE && !store.isWritable()) {
      LOG.warn("You don't have write access to neurovault dir: {}; working offline.", store.root());
      mode = Mode.OFFLINE;
    }
    StoreLock lock =
        mode == Mode.OFFLINE
            ? null
            : StoreLock.acquire(store.dataDir(), () -> removeLeftovers(store));
    int concurrency =
        DownloadConcurrency.forHarvest(tools.concurrency(), request.downloadConcurrency());
    DownloadSlots slots = new DownloadSlots(concurrency);
    HarvestContext context =
        new HarvestContext(
            store,
            mode,
            request.fetchNeurosynthWords(),
            events,
            new PendingFiles(),
            slots,
            new Quota(request.maxImages(), slots),
            new CollectionSaves(store, mode == Mode.OVERWRITE),
            ConcurrentHashMap.newKeySet(),
            concurrency,
            ResamplePlan.of(request, mode),
            new CompletionTasks());
    return new Opened(context, lock);
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
}
