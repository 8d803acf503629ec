package io.github.nvfetch.reactor.internal.harvest;

import io.github.nvfetch.core.CollectionMeta;
import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.Mode;
import io.github.nvfetch.core.filter.Terms;
import io.github.nvfetch.core.internal.walk.WalkJournal;
import io.github.nvfetch.core.internal.walk.WalkRecord;
import io.github.nvfetch.core.internal.walk.WalkSelection;
import io.github.nvfetch.core.store.StoreException;
import io.github.nvfetch.reactor.HarvestEvent;
import io.github.nvfetch.reactor.Page;
import io.github.nvfetch.reactor.internal.EventSink;
import io.github.nvfetch.reactor.internal.api.MetadataApi;
import io.github.nvfetch.reactor.internal.api.Urls;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;
import reactor.core.scheduler.Scheduler;

/**
 * Makes a filtered harvest's server walk resumable and reports its progress. The harvest hooks it
 * in at four places: the collection list ({@link #collections}), each collection's image list
 * ({@link #listing}), each collection's steps ({@link #walked}, which appends a {@link
 * HarvestStep.CollectionWalked} that rides the ordered store stream) and the end of the server
 * phase ({@link #ended}, a {@link HarvestStep.WalkEnded}). The {@link StoreStage} consumes those
 * steps (they never become outcomes): reaching one means every step of its collection, and of every
 * collection listed before it, is stored: the walk's frontier moves there, a {@link
 * HarvestEvent.WalkProgressed} is emitted and, for a {@code download_new} harvest without
 * predicates, the record in {@link WalkJournal} is rewritten (atomically, coalesced). When the
 * harvest completes normally, a run without {@code resume} deletes its record (a run that is
 * killed, cancelled or aborted keeps it).
 *
 * <p>With {@link FetchRequest#resume()}, the walk starts from the recorded one of the same
 * selection: the list is read from the recorded offset (from its start when the page there no
 * longer begins with the recorded anchor), and collections walked before are not listed again.
 * Images stored before are taken from disk by the local phase, as in any {@code download_new} run.
 * A request that cannot resume walks from the beginning with a warning and a {@link
 * HarvestEvent.WalkNotResumed}: the result is still right, only slower, so a script can always pass
 * {@code --resume}.
 */
final class WalkResume {

  private static final Logger LOG = LoggerFactory.getLogger(WalkResume.class);

  private final FetchRequest request;
  private final MetadataApi api;
  private final EventSink events;
  private final Scheduler io;
  private final WalkSelection selection;
  private final Optional<String> unrecordable;
  private final WalkJournal journal;
  private volatile WalkFrontier frontier;
  private volatile JournalWriter writer;
  private volatile boolean listFailed;

  private WalkResume(FetchRequest request, HarvestContext context, MetadataApi api, Scheduler io) {
    this.request = request;
    this.api = api;
    this.events = context.events();
    this.io = io;
    this.selection =
        new WalkSelection(
            api.api("/").toString(),
            request.effectiveCollectionTerms().toString(),
            request.effectiveImageTerms().toString());
    this.unrecordable = whyUnrecordable(request, context);
    this.journal = WalkJournal.of(context.store());
    context.completion().add(this::finished);
  }

  /** The walk of one subscription to a filtered harvest's server phase. */
  static WalkResume of(
      FetchRequest request, HarvestContext context, MetadataApi api, Scheduler io) {
    return new WalkResume(request, context, api, io);
  }

  private static Optional<String> whyUnrecordable(FetchRequest request, HarvestContext context) {
    if (context.mode() != Mode.DOWNLOAD_NEW) {
      return Optional.of("the harvest runs in " + context.mode().nilearnName() + " mode");
    }
    if (request.hasFilters()) {
      return Optional.of(
          "the request has a collection or image filter (a predicate), which "
              + "cannot be compared with the recorded walk's; express the selection as terms");
    }
    return Optional.empty();
  }

  /** The collection list, from where the walk starts (replaces {@code api.collections}). */
  Flux<CollectionMeta> collections(Terms terms) {
    return Mono.fromCallable(this::begin)
        .subscribeOn(io)
        .flatMapMany(start -> admit(pages(terms, start)))
        .doOnError(e -> listFailed = true);
  }

  /** A collection's image list; a failure is noted (a resumed walk lists it again). */
  <T> Flux<T> listing(long collectionId, Flux<T> images) {
    return images.doOnError(
        e -> {
          WalkFrontier current = frontier;
          if (current != null) {
            current.listingFailed(collectionId);
          }
        });
  }

  /**
   * A collection's steps, followed by the step that says, once stored (every step before it stored
   * too), the collection was walked.
   */
  Flux<Mono<HarvestStep>> walked(CollectionMeta collection, Flux<Mono<HarvestStep>> steps) {
    HarvestStep walked = new HarvestStep.CollectionWalked(collection.id(), this);
    return steps.concatWith(Mono.just(Mono.just(walked)));
  }

  /**
   * The server phase's steps followed by the step that ends the walk once stored (the list read to
   * its end: the frontier moves past it, the record is written a last time). A phase that fails or
   * is cancelled has its latest record written soon.
   */
  Flux<Mono<HarvestStep>> ended(Flux<Mono<HarvestStep>> steps) {
    return steps
        .concatWith(Mono.just(Mono.just(new HarvestStep.WalkEnded(this))))
        .doFinally(
            signal -> {
              JournalWriter current = writer;
              if (signal != SignalType.ON_COMPLETE && current != null) {
                current.submit();
              }
            });
  }

  /** The store stage reached a walked collection's step: the frontier moves there. */
  void stored(long collectionId) {
    WalkFrontier current = frontier;
    if (current != null && current.done(collectionId)) {
      progressed(current);
    }
  }

  /**
   * The store stage reached the end of the server phase: unless the list failed, the walk is
   * complete; the record is written (blocking, on the I/O scheduler).
   */
  Mono<Void> storedEnd() {
    return Mono.defer(
        () -> {
          WalkFrontier current = frontier;
          if (!listFailed && current != null) {
            current.ended();
            progressed(current);
          }
          return flush();
        });
  }

  private void progressed(WalkFrontier current) {
    events.emit(new HarvestEvent.WalkProgressed(current.walked(), current.count()));
    JournalWriter pending = writer;
    if (pending != null) {
      pending.submit();
    }
  }

  private Mono<Void> flush() {
    JournalWriter current = writer;
    return current == null
        ? Mono.empty()
        : Mono.<Void>fromRunnable(current::writeLatest).subscribeOn(io);
  }

  /**
   * The harvest completed (its images, or the walk's end): without {@code resume}, its record is
   * deleted, so that a finished harvest leaves only nilearn's files; with {@code resume}, it is
   * kept, for the next {@code --resume} run to continue (a larger {@code max_images}, or new
   * collections at the list's end).
   */
  private Mono<Void> finished() {
    JournalWriter current = writer;
    if (current == null || request.resume()) {
      return Mono.empty();
    }
    return Mono.fromRunnable(current::retire).subscribeOn(io).then();
  }

  /** Chooses the walk to continue (blocking: reads the journal). */
  private WalkRecord begin() {
    WalkRecord start =
        request.resume()
            ? recordedWalk().orElseGet(() -> WalkRecord.start(selection))
            : WalkRecord.start(selection);
    frontier = new WalkFrontier(start, request.collectionSelection());
    if (unrecordable.isEmpty()) {
      writer = new JournalWriter(journal, frontier, io);
    }
    return start;
  }

  private Optional<WalkRecord> recordedWalk() {
    if (unrecordable.isPresent()) {
      return refuse(unrecordable.get());
    }
    try {
      Optional<WalkRecord> recorded = journal.read(selection);
      if (recorded.isEmpty()) {
        return refuse(journal.missingReason(selection));
      }
      List<String> differences = selection.differencesFrom(recorded.get().selection());
      if (!differences.isEmpty()) {
        return refuse(
            "the recorded walk "
                + journal.file(selection).getFileName()
                + " differs: "
                + String.join("; ", differences));
      }
      WalkRecord walk = recorded.get();
      LOG.info(
          "resuming the walk at {} of {} collections ({} walked), from list offset {}",
          walk.walked(),
          walk.count(),
          walk.walkedIds().size(),
          walk.resumeOffset());
      events.emit(new HarvestEvent.WalkProgressed(walk.walked(), walk.count()));
      return recorded;
    } catch (StoreException e) {
      return refuse("the recorded walk cannot be used: " + e.getMessage());
    }
  }

  private Optional<WalkRecord> refuse(String reason) {
    LOG.warn(
        "not resuming the walk: {}; walking from the beginning (nothing stored is "
            + "downloaded again)",
        reason);
    events.emit(new HarvestEvent.WalkNotResumed(reason));
    return Optional.empty();
  }

  private Flux<Page<CollectionMeta>> pages(Terms terms, WalkRecord start) {
    if (start.resumeOffset() == 0) {
      return api.collections(terms, events, 0).byPage();
    }
    return api.collections(terms, events, start.resumeOffset())
        .byPage()
        .switchOnFirst(
            (first, all) ->
                !first.hasValue() || anchored(first.get(), start)
                    ? all
                    : fromTheStart(terms, start));
  }

  private static boolean anchored(Page<CollectionMeta> page, WalkRecord start) {
    return start.anchorId().isPresent()
        && !page.items().isEmpty()
        && page.items().get(0).id() == start.anchorId().getAsLong();
  }

  private Flux<Page<CollectionMeta>> fromTheStart(Terms terms, WalkRecord start) {
    LOG.info(
        "the collection list changed upstream before offset {}: reading it from the start "
            + "({} walked collections are not listed again)",
        start.resumeOffset(),
        start.walkedIds().size());
    return api.collections(terms, events, 0).byPage();
  }

  /** Notes each page in the frontier, then lets through the collections not walked before. */
  private Flux<CollectionMeta> admit(Flux<Page<CollectionMeta>> pages) {
    return pages.concatMapIterable(
        page -> {
          frontier.listed(
              Urls.longParam(page.uri(), "offset").orElse(0), page.count(), page.items());
          return page.items().stream().filter(c -> !frontier.walkedBefore(c.id())).toList();
        });
  }
}
