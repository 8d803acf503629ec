package io.github.nvfetch.reactor.internal.harvest;

import io.github.nvfetch.core.ImageMeta;
import io.github.nvfetch.core.store.StoredImage;
import io.github.nvfetch.reactor.HarvestEvent;
import io.github.nvfetch.reactor.internal.api.NeurosynthApi;
import io.github.nvfetch.reactor.internal.harvest.HarvestStep.Words;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Finds an image's Neurosynth words when the harvest wants them: a usable words file already in the
 * store, or else a fresh decode answer. Words that cannot be had are reported ({@link
 * HarvestEvent.WordsUnavailable}) and the image goes on without them: never an error.
 */
final class WordsEnricher {

  private static final Logger LOG = LoggerFactory.getLogger(WordsEnricher.class);

  private final NeurosynthApi neurosynth;
  private final Scheduler io;

  /** Creates the enricher. */
  public WordsEnricher(NeurosynthApi neurosynth, Scheduler io) {
    this.neurosynth = neurosynth;
    this.io = io;
  }

  /** The words of a downloaded image of {@code collectionId} (none unless wanted). */
  public Mono<Words> forDownloaded(long collectionId, ImageMeta image, HarvestContext context) {
    long imageId = image.id();
    if (!context.wordsRequested()) {
      return Mono.just(Words.NONE);
    }
    if (context.overwrite()) {
      return fresh(image, context);
    }
    return Mono.fromCallable(
            () ->
                context
                    .store()
                    .readWords(collectionId, imageId)
                    .map(w -> context.store().wordsFile(collectionId, imageId)))
        .subscribeOn(io)
        .flatMap(
            existing ->
                existing
                    .map(path -> Mono.just(new Words(path, null)))
                    .orElseGet(() -> fresh(image, context)));
  }

  /**
   * The words of an image found in the store: its words file, or fresh words when wanted and
   * missing (or unusable). Never sends a request in offline mode.
   */
  public Mono<Words> forStored(StoredImage stored, HarvestContext context) {
    return Mono.fromCallable(() -> needsWords(stored, context))
        .subscribeOn(io)
        .flatMap(
            needed ->
                needed
                    ? fresh(stored.image(), context)
                    : Mono.just(new Words(stored.wordsFile().orElse(null), null)));
  }

  private static boolean needsWords(StoredImage stored, HarvestContext context) {
    return context.wordsRequested()
        && !context.offline()
        && context.store().readWords(stored.collection().id(), stored.image().id()).isEmpty();
  }

  private Mono<Words> fresh(ImageMeta image, HarvestContext context) {
    long imageId = image.id();
    return neurosynth
        .decode(image, context.events())
        .publishOn(io)
        .map(answer -> new Words(null, answer.document()))
        .switchIfEmpty(
            Mono.fromCallable(
                () -> noWords(imageId, "Neurosynth has no words for " + "this image", context)))
        .onErrorResume(e -> Mono.fromCallable(() -> noWords(imageId, e.getMessage(), context)));
  }

  private static Words noWords(long imageId, String reason, HarvestContext context) {
    LOG.debug("could not fetch words for image {}: {}", imageId, reason);
    context.events().emit(new HarvestEvent.WordsUnavailable(imageId, reason));
    return Words.NONE;
  }
}
