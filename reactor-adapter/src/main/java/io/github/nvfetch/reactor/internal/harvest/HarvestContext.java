package io.github.nvfetch.reactor.internal.harvest;

import io.github.nvfetch.core.FailedImage;
import io.github.nvfetch.core.ImageMeta;
import io.github.nvfetch.core.ImageOutcome;
import io.github.nvfetch.core.Mode;
import io.github.nvfetch.core.store.LocalStore;
import io.github.nvfetch.reactor.HarvestEvent;
import io.github.nvfetch.reactor.internal.EventSink;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * What one harvest works with, opened by the {@link HarvestEngine}; every stage gets it, and with
 * it the harvest's event sink.
 *
 * @param store the local store
 * @param mode the effective mode (offline when the store is not writable)
 * @param wordsRequested whether Neurosynth words are wanted
 * @param events where progress goes
 * @param pending the staged files not yet committed or deleted
 * @param slots the download slots (the download concurrency)
 * @param quota the {@code max_images} budget
 * @param collections the collection metadata written by this harvest
 * @param claimed the ids of the images the harvest has taken (from disk or a listing)
 * @param concurrency the download concurrency of this harvest
 * @param resampling whether and how images are resampled onto nilearn's grid
 * @param completion what the harvest does once it has completed normally
 */
record HarvestContext(
    LocalStore store,
    Mode mode,
    boolean wordsRequested,
    EventSink events,
    PendingFiles pending,
    DownloadSlots slots,
    Quota quota,
    CollectionSaves collections,
    Set<Long> claimed,
    int concurrency,
    ResamplePlan resampling,
    CompletionTasks completion) {

  private static final Logger LOG = LoggerFactory.getLogger(HarvestContext.class);

  /** True in {@link Mode#OVERWRITE}. */
  public boolean overwrite() {
    return mode == Mode.OVERWRITE;
  }

  /** True in {@link Mode#OFFLINE}: no request at all. */
  public boolean offline() {
    return mode == Mode.OFFLINE;
  }

  /** Takes an image for this harvest: false when it was taken already. */
  public boolean claim(long imageId) {
    return claimed.add(imageId);
  }

  /**
   * The step of an image that only the first of its listings runs: it claims the image id when it
   * is subscribed, which the engine does in listing order, so the first listing naming the image
   * (on any page, in any collection) wins and later ones are empty.
   */
  public Mono<HarvestStep> once(long imageId, Supplier<Mono<HarvestStep>> step) {
    return Mono.defer(() -> claim(imageId) ? step.get() : Mono.empty());
  }

  /** An image failed: reported, and returned as its outcome. */
  public FailedImage failed(ImageMeta image, Throwable error) {
    return reported(FailedImage.of(image, error));
  }

  /** An image known by its id only failed: reported, and returned as its outcome. */
  public FailedImage failed(long imageId, Throwable error) {
    return reported(FailedImage.ofId(imageId, error));
  }

  private FailedImage reported(FailedImage failure) {
    LOG.debug("image {} failed: {}", failure.imageId(), failure.reason());
    events.emit(new HarvestEvent.ImageFailed(failure));
    return failure;
  }

  /**
   * The outcomes, finishing (completing or failing) only once every staged file of the harvest was
   * committed or deleted: when the harvest ends, no part file of it is left. A harvest that
   * completes runs its {@link #completion} tasks last.
   */
  public Flux<ImageOutcome> settled(Flux<ImageOutcome> outcomes) {
    return outcomes
        .concatWith(
            Mono.defer(pending::allSettled).then(Mono.defer(completion::run)).then(Mono.empty()))
        .onErrorResume(e -> pending.allSettled().then(Mono.error(e)));
  }
}
