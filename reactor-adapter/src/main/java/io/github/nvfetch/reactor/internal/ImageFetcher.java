package io.github.nvfetch.reactor.internal;

import io.github.nvfetch.core.CollectionMeta;
import io.github.nvfetch.core.FailedImage;
import io.github.nvfetch.core.FetchedImage;
import io.github.nvfetch.core.ImageMeta;
import io.github.nvfetch.core.ImageOutcome;
import io.github.nvfetch.core.InvalidMetadataException;
import io.github.nvfetch.core.store.LocalStore;
import io.github.nvfetch.core.store.StoredImage;
import io.github.nvfetch.reactor.HarvestEvent;
import io.github.nvfetch.reactor.internal.HarvestStep.CollectionReached;
import io.github.nvfetch.reactor.internal.HarvestStep.Downloaded;
import io.github.nvfetch.reactor.internal.HarvestStep.Finished;
import io.github.nvfetch.reactor.internal.HarvestStep.Words;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Fetches images in two halves. {@link #download} runs in parallel: the file is downloaded (in a
 * download slot) and verified, then its Neurosynth words are fetched. {@link #store} runs in
 * result order: collection metadata, then file, words and image metadata put in place in one
 * uninterrupted step, image metadata last (metadata on disk always means the file is there).
 * Failures become {@link FailedImage}s; neither half errors for an image.
 */
public final class ImageFetcher {

  private static final Logger LOG = LoggerFactory.getLogger(ImageFetcher.class);

  private final ImageDownloader downloader;
  private final NeurosynthApi neurosynth;
  private final Scheduler io;

  /** Creates the fetcher. */
  public ImageFetcher(ImageDownloader downloader, NeurosynthApi neurosynth, Scheduler io) {
    this.downloader = downloader;
    this.neurosynth = neurosynth;
    this.io = io;
  }

  /**
   * An image passed the selection: reports it now, and returns its (lazy) download, see
   * {@link #download}.
   */
  public Mono<HarvestStep> select(ImageMeta image, CollectionMeta collection,
      HarvestContext context) {
    context.events().emit(new HarvestEvent.ImageSelected(image));
    return download(image, collection, context);
  }

  /** Downloads and verifies a selected image of {@code collection}, and fetches its words. */
  public Mono<HarvestStep> download(ImageMeta listed, CollectionMeta collection,
      HarvestContext context) {
    return Mono.defer(() -> {
      ImageMeta image = withCollectionId(listed, collection);
      long collectionId = image.collectionId().orElseThrow(() -> new InvalidMetadataException(
          "image " + image.id() + " has no usable collection_id (found "
              + image.get("collection_id") + ")"));
      LocalStore store = context.store();
      return context.slots().withSlot(downloader.download(image,
              () -> store.stageImageFile(collectionId, image.id()), context.pending(),
              context.events()))
          .flatMap(staged -> words(collectionId, image, context)
              .<HarvestStep>map(words -> new Downloaded(image, collection, staged, words))
              .doOnCancel(() -> downloader.discard(staged, context.pending())));
    }).publishOn(io).onErrorResume(e -> Mono.just(new Finished(failed(listed, e, context))));
  }

  /**
   * Puts a step in the store, in result order: a reached collection is saved (no outcome), a
   * downloaded image committed with its words and metadata, a finished outcome passed on.
   */
  public Mono<ImageOutcome> store(HarvestStep step, HarvestContext context) {
    if (step instanceof CollectionReached reached) {
      return Mono.<ImageOutcome>fromRunnable(
          () -> context.collections().reached(reached.collection())).subscribeOn(io);
    }
    if (step instanceof Downloaded downloaded) {
      return Mono.fromCallable(() -> commit(downloaded, context))
          .subscribeOn(io)
          .doOnCancel(() -> discard(downloaded, context))
          .onErrorResume(e -> {
            context.slots().refund();
            return Mono.just(failed(downloaded.image(), e, context));
          });
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
      FetchedImage fetched = step.file().commitThen(file -> {
        Optional<Path> wordsFile = step.words().store(context.store(), collectionId, image.id());
        ImageMeta saved = context.store().saveImage(image, context.wordsRequested());
        return new FetchedImage(saved, collection, file, wordsFile,
            FetchedImage.Origin.DOWNLOADED);
      });
      context.events().emit(new HarvestEvent.ImageFetched(fetched));
      return fetched;
    } catch (RuntimeException e) {
      step.file().abort();
      throw e;
    }
  }

  /**
   * Completes an image found in the local store: fetches its words when wanted and missing (or
   * unusable), then returns it. Never sends a request in offline mode.
   */
  public Mono<ImageOutcome> complete(StoredImage stored, HarvestContext context) {
    return Mono.fromCallable(() -> needsWords(stored, context)).subscribeOn(io)
        .flatMap(needed -> needed
            ? fresh(stored.image(), context)
            : Mono.just(new Words(stored.wordsFile().orElse(null), null)))
        .flatMap(words -> Mono.fromCallable(() -> local(stored, words, context)).subscribeOn(io))
        .onErrorResume(e -> Mono.just(failed(stored.image(), e, context)));
  }

  private static boolean needsWords(StoredImage stored, HarvestContext context) {
    return context.wordsRequested() && !context.offline()
        && context.store().readWords(stored.collection().id(), stored.image().id()).isEmpty();
  }

  private ImageOutcome local(StoredImage stored, Words words, HarvestContext context) {
    LocalStore store = context.store();
    ImageMeta image = stored.image();
    Optional<Path> wordsFile = words.store(store, stored.collection().id(), image.id());
    if (words.fresh() != null) {
      image = store.saveImage(image, true);
    } else if (context.wordsRequested()) {
      image = store.withPaths(image, true);
    }
    FetchedImage fetched = new FetchedImage(image, stored.collection(), stored.file(),
        wordsFile, FetchedImage.Origin.LOCAL_STORE);
    context.events().emit(new HarvestEvent.ImageFetched(fetched));
    return fetched;
  }

  private Mono<Words> words(long collectionId, ImageMeta image, HarvestContext context) {
    long imageId = image.id();
    if (!context.wordsRequested()) {
      return Mono.just(Words.NONE);
    }
    if (context.overwrite()) {
      return fresh(image, context);
    }
    return Mono.fromCallable(() -> context.store().readWords(collectionId, imageId)
            .map(w -> context.store().wordsFile(collectionId, imageId)))
        .subscribeOn(io)
        .flatMap(existing -> existing.map(path -> Mono.just(new Words(path, null)))
            .orElseGet(() -> fresh(image, context)));
  }

  private Mono<Words> fresh(ImageMeta image, HarvestContext context) {
    long imageId = image.id();
    return neurosynth.decode(image, context.events())
        .publishOn(io)
        .map(answer -> new Words(null, answer.document()))
        .switchIfEmpty(Mono.fromCallable(() -> noWords(imageId, "Neurosynth has no words for "
            + "this image", context)))
        .onErrorResume(e -> Mono.fromCallable(() -> noWords(imageId, e.getMessage(), context)));
  }

  private static Words noWords(long imageId, String reason, HarvestContext context) {
    LOG.debug("could not fetch words for image {}: {}", imageId, reason);
    context.events().emit(new HarvestEvent.WordsUnavailable(imageId, reason));
    return Words.NONE;
  }

  private static ImageMeta withCollectionId(ImageMeta image, CollectionMeta collection) {
    return image.get("collection_id") == null
        ? image.with("collection_id", collection.id()) : image;
  }

  private static FailedImage failed(ImageMeta image, Throwable error, HarvestContext context) {
    FailedImage failure = FailedImage.of(image, error);
    LOG.debug("image {} failed: {}", image.id(), failure.reason());
    context.events().emit(new HarvestEvent.ImageFailed(failure));
    return failure;
  }
}
