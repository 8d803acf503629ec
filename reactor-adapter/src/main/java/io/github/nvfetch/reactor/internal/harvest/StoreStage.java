package io.github.nvfetch.reactor.internal.harvest;

import io.github.nvfetch.core.CollectionMeta;
import io.github.nvfetch.core.FetchedImage;
import io.github.nvfetch.core.ImageMeta;
import io.github.nvfetch.core.ImageOutcome;
import io.github.nvfetch.core.store.LocalStore;
import io.github.nvfetch.core.store.StoredImage;
import io.github.nvfetch.reactor.HarvestEvent;
import io.github.nvfetch.reactor.internal.harvest.HarvestStep.CollectionReached;
import io.github.nvfetch.reactor.internal.harvest.HarvestStep.CollectionWalked;
import io.github.nvfetch.reactor.internal.harvest.HarvestStep.Downloaded;
import io.github.nvfetch.reactor.internal.harvest.HarvestStep.Finished;
import io.github.nvfetch.reactor.internal.harvest.HarvestStep.WalkEnded;
import io.github.nvfetch.reactor.internal.harvest.HarvestStep.Words;
import java.nio.file.Path;
import java.util.Optional;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * The in-order half of a harvest: collection metadata, then an image's file, words and metadata put
 * in place in one uninterrupted step, image metadata last (metadata on disk always means the file
 * is there). Images found on disk are completed here too (their words fetched when wanted and
 * missing). Failures become {@code FailedImage}s, never errors.
 *
 * @param downloader the image downloader (it also deletes the part files that will not be stored)
 * @param words finds the words of an image
 * @param io the blocking file I/O scheduler
 */
record StoreStage(ImageDownloader downloader, WordsEnricher words, Scheduler io) {

  /**
   * Puts a step in the store, in result order: a reached collection is saved (no outcome), a
   * downloaded image committed with its words and metadata, a finished outcome passed on; the
   * walk's steps move its frontier (no outcome).
   */
  public Mono<ImageOutcome> store(HarvestStep step, HarvestContext context) {
    if (step instanceof CollectionReached reached) {
      return Mono.<ImageOutcome>fromRunnable(
              () -> context.collections().reached(reached.collection()))
          .subscribeOn(io);
    }
    if (step instanceof Downloaded downloaded) {
      return Mono.fromCallable(() -> commit(downloaded, context))
          .subscribeOn(io)
          .doOnCancel(() -> discard(downloaded, context))
          .onErrorResume(
              e -> {
                context.quota().refund();
                return Mono.just(context.failed(downloaded.image(), e));
              });
    }
    if (step instanceof CollectionWalked walked) {
      return Mono.<ImageOutcome>fromRunnable(() -> walked.walk().stored(walked.collectionId()));
    }
    if (step instanceof WalkEnded ended) {
      return ended.walk().storedEnd().then(Mono.empty());
    }
    return Mono.just(((Finished) step).outcome());
  }

  /** Deletes what a step left that will not be stored (the harvest stopped before it). */
  public void discard(HarvestStep step, HarvestContext context) {
    if (step instanceof Downloaded downloaded) {
      downloader.discard(downloaded.file(), context.pending());
    }
  }

  private ImageOutcome commit(Downloaded step, HarvestContext context) {
    try {
      return commitOrAbort(step, context);
    } finally {
      context.pending().settled(step.file());
    }
  }

  private ImageOutcome commitOrAbort(Downloaded step, HarvestContext context) {
    try {
      ImageMeta image = step.image();
      long collectionId = image.collectionId().getAsLong();
      CollectionMeta collection = context.collections().ensure(step.collection());
      FetchedImage fetched =
          step.file()
              .commitThen(
                  file -> {
                    Optional<Path> wordsFile =
                        step.words().store(context.store(), collectionId, image.id());
                    ImageMeta saved = context.store().saveImage(image, context.wordsRequested());
                    return new FetchedImage(
                        saved, collection, file, wordsFile, FetchedImage.Origin.DOWNLOADED);
                  });
      context.events().emit(new HarvestEvent.ImageFetched(fetched));
      return fetched;
    } catch (RuntimeException e) {
      step.file().abort();
      throw e;
    }
  }

  /** Completes an image found in the local store: finds its words when wanted, then returns it. */
  public Mono<ImageOutcome> complete(StoredImage stored, HarvestContext context) {
    return words
        .forStored(stored, context)
        .flatMap(found -> Mono.fromCallable(() -> local(stored, found, context)).subscribeOn(io))
        .onErrorResume(e -> Mono.just(context.failed(stored.image(), e)));
  }

  private static ImageOutcome local(StoredImage stored, Words words, HarvestContext context) {
    LocalStore store = context.store();
    ImageMeta image = stored.image();
    Optional<Path> wordsFile = words.store(store, stored.collection().id(), image.id());
    if (words.fresh() != null) {
      image = store.saveImage(image, true);
    } else if (context.wordsRequested()) {
      image = store.withPaths(image, true);
    }
    FetchedImage fetched =
        new FetchedImage(
            image, stored.collection(), stored.file(), wordsFile, FetchedImage.Origin.LOCAL_STORE);
    context.events().emit(new HarvestEvent.ImageFetched(fetched));
    return fetched;
  }
}
