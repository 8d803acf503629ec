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
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Fetches one selected image the way nilearn does, in its order: the file, then the Neurosynth
 * words (when wanted), then the image metadata (written last, so metadata on disk always means
 * the file is there). Any failure becomes a {@link FailedImage}; the returned Mono never errors.
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

  /** Downloads a selected image of {@code collection} (saved with its path fields). */
  public Mono<ImageOutcome> fetch(ImageMeta listed, CollectionMeta collection,
      HarvestContext context) {
    return Mono.defer(() -> {
      ImageMeta image = withCollectionId(listed, collection);
      long collectionId = image.collectionId().orElseThrow(() -> new InvalidMetadataException(
          "image " + image.id() + " has no usable collection_id (found "
              + image.get("collection_id") + ")"));
      LocalStore store = context.store();
      return downloader.download(image, () -> store.stageImageFile(collectionId, image.id()),
              context.events())
          .flatMap(file -> words(collectionId, image.id(), context)
              .map(Optional::of).defaultIfEmpty(Optional.empty())
              .flatMap(words -> save(image, collection, file, words, context)));
    }).publishOn(io).onErrorResume(e -> Mono.just(failed(listed, e, context)));
  }

  /**
   * Completes an image found in the local store: fetches its words when wanted and missing (or
   * unusable), then returns it. Never sends a request in offline mode.
   */
  public Mono<ImageOutcome> complete(StoredImage stored, HarvestContext context) {
    long collectionId = stored.collection().id();
    long imageId = stored.image().id();
    return Mono.fromCallable(() -> needsWords(stored, context)).subscribeOn(io)
        .flatMap(needed -> needed
            ? fetchWords(collectionId, imageId, context).map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(words -> Mono.fromCallable(() -> local(stored,
                    context.store().saveImage(stored.image(), true), words, context))
                    .subscribeOn(io))
            : Mono.fromCallable(() -> local(stored, stored.image(), stored.wordsFile(), context))
                .subscribeOn(io))
        .onErrorResume(e -> Mono.just(failed(stored.image(), e, context)));
  }

  private static boolean needsWords(StoredImage stored, HarvestContext context) {
    return context.wordsRequested() && !context.offline()
        && context.store().readWords(stored.collection().id(), stored.image().id()).isEmpty();
  }

  private ImageOutcome local(StoredImage stored, ImageMeta image, Optional<Path> words,
      HarvestContext context) {
    ImageMeta meta = context.wordsRequested() ? context.store().withPaths(image, true) : image;
    FetchedImage fetched = new FetchedImage(meta, stored.collection(), stored.file(), words,
        FetchedImage.Origin.LOCAL_STORE);
    context.events().emit(new HarvestEvent.ImageFetched(fetched));
    return fetched;
  }

  private Mono<Path> words(long collectionId, long imageId, HarvestContext context) {
    if (!context.wordsRequested()) {
      return Mono.empty();
    }
    if (context.overwrite()) {
      return fetchWords(collectionId, imageId, context);
    }
    return Mono.fromCallable(() -> context.store().readWords(collectionId, imageId)
            .map(w -> context.store().wordsFile(collectionId, imageId)))
        .subscribeOn(io)
        .flatMap(existing -> existing.map(Mono::just)
            .orElseGet(() -> fetchWords(collectionId, imageId, context)));
  }

  private Mono<Path> fetchWords(long collectionId, long imageId, HarvestContext context) {
    return neurosynth.decode(imageId, context.events())
        .publishOn(io)
        .map(answer -> context.store().saveWords(collectionId, imageId, answer.document()))
        .switchIfEmpty(Mono.fromRunnable(() -> noWords(imageId, "Neurosynth has no words for "
            + "this image", context)))
        .onErrorResume(e -> {
          noWords(imageId, e.getMessage(), context);
          return Mono.empty();
        });
  }

  private static void noWords(long imageId, String reason, HarvestContext context) {
    LOG.warn("could not fetch words for image {}: {}", imageId, reason);
    context.events().emit(new HarvestEvent.WordsUnavailable(imageId, reason));
  }

  private Mono<ImageOutcome> save(ImageMeta image, CollectionMeta collection, Path file,
      Optional<Path> words, HarvestContext context) {
    return Mono.fromCallable(() -> {
      ImageMeta saved = context.store().saveImage(image, context.wordsRequested());
      FetchedImage fetched = new FetchedImage(saved, collection, file, words,
          FetchedImage.Origin.DOWNLOADED);
      context.events().emit(new HarvestEvent.ImageFetched(fetched));
      return (ImageOutcome) fetched;
    }).subscribeOn(io);
  }

  private static ImageMeta withCollectionId(ImageMeta image, CollectionMeta collection) {
    return image.get("collection_id") == null
        ? image.with("collection_id", collection.id()) : image;
  }

  private static FailedImage failed(ImageMeta image, Throwable error, HarvestContext context) {
    FailedImage failure = FailedImage.of(image, error);
    LOG.warn("image {} failed: {}", image.id(), failure.reason());
    context.events().emit(new HarvestEvent.ImageFailed(failure));
    return failure;
  }
}
