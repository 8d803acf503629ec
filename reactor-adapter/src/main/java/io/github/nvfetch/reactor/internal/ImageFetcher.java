package io.github.nvfetch.reactor.internal;

import io.github.nvfetch.core.CollectionMeta;
import io.github.nvfetch.core.FailedImage;
import io.github.nvfetch.core.FetchedImage;
import io.github.nvfetch.core.ImageMeta;
import io.github.nvfetch.core.ImageOutcome;
import io.github.nvfetch.core.InvalidMetadataException;
import io.github.nvfetch.core.store.LocalStore;
import io.github.nvfetch.core.store.StagedFile;
import io.github.nvfetch.core.store.StoredImage;
import io.github.nvfetch.reactor.HarvestEvent;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Fetches one selected image: the file is downloaded and verified, the Neurosynth words (when
 * wanted) are fetched after it, then file, words and metadata are put in place in one
 * uninterrupted step, metadata last (metadata on disk always means its file is there). Any
 * failure becomes a {@link FailedImage}; the returned Mono never errors.
 */
public final class ImageFetcher {

  private static final Logger LOG = LoggerFactory.getLogger(ImageFetcher.class);

  /** Words to store with an image: a usable file already on disk, or a fresh answer. */
  private record Words(Path existing, byte[] fresh) {
    static final Words NONE = new Words(null, null);

    Optional<Path> store(LocalStore store, long collectionId, long imageId) {
      if (fresh != null) {
        return Optional.of(store.saveWords(collectionId, imageId, fresh));
      }
      return Optional.ofNullable(existing);
    }
  }

  private final ImageDownloader downloader;
  private final NeurosynthApi neurosynth;
  private final Scheduler io;

  /** Creates the fetcher. */
  public ImageFetcher(ImageDownloader downloader, NeurosynthApi neurosynth, Scheduler io) {
    this.downloader = downloader;
    this.neurosynth = neurosynth;
    this.io = io;
  }

  /** Downloads a selected image of {@code collection} (saved, with its path fields). */
  public Mono<ImageOutcome> fetch(ImageMeta listed, CollectionMeta collection,
      HarvestContext context) {
    return Mono.defer(() -> {
      ImageMeta image = withCollectionId(listed, collection);
      long collectionId = image.collectionId().orElseThrow(() -> new InvalidMetadataException(
          "image " + image.id() + " has no usable collection_id (found "
              + image.get("collection_id") + ")"));
      LocalStore store = context.store();
      return downloader.download(image, () -> store.stageImageFile(collectionId, image.id()),
          staged -> words(collectionId, image.id(), context).flatMap(words ->
              Mono.fromCallable(() -> commit(staged, image, collection, words, context))
                  .subscribeOn(io)),
          context.pending(), context.events());
    }).publishOn(io).onErrorResume(e -> Mono.just(failed(listed, e, context)));
  }

  private ImageOutcome commit(StagedFile staged, ImageMeta image, CollectionMeta collection,
      Words words, HarvestContext context) {
    long collectionId = image.collectionId().getAsLong();
    FetchedImage fetched = staged.commitThen(file -> {
      Optional<Path> wordsFile = words.store(context.store(), collectionId, image.id());
      ImageMeta saved = context.store().saveImage(image, context.wordsRequested());
      return new FetchedImage(saved, collection, file, wordsFile,
          FetchedImage.Origin.DOWNLOADED);
    });
    context.events().emit(new HarvestEvent.ImageFetched(fetched));
    return fetched;
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
            ? fresh(imageId, context)
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

  private Mono<Words> words(long collectionId, long imageId, HarvestContext context) {
    if (!context.wordsRequested()) {
      return Mono.just(Words.NONE);
    }
    if (context.overwrite()) {
      return fresh(imageId, context);
    }
    return Mono.fromCallable(() -> context.store().readWords(collectionId, imageId)
            .map(w -> context.store().wordsFile(collectionId, imageId)))
        .subscribeOn(io)
        .flatMap(existing -> existing.map(path -> Mono.just(new Words(path, null)))
            .orElseGet(() -> fresh(imageId, context)));
  }

  private Mono<Words> fresh(long imageId, HarvestContext context) {
    return neurosynth.decode(imageId, context.events())
        .publishOn(io)
        .map(answer -> new Words(null, answer.document()))
        .switchIfEmpty(Mono.fromCallable(() -> noWords(imageId, "Neurosynth has no words for "
            + "this image", context)))
        .onErrorResume(e -> Mono.fromCallable(() -> noWords(imageId, e.getMessage(), context)));
  }

  private static Words noWords(long imageId, String reason, HarvestContext context) {
    LOG.warn("could not fetch words for image {}: {}", imageId, reason);
    context.events().emit(new HarvestEvent.WordsUnavailable(imageId, reason));
    return Words.NONE;
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
