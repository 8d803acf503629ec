package io.github.nvfetch.reactor.internal.harvest;

import io.github.nvfetch.core.CollectionMeta;
import io.github.nvfetch.core.FailedImage;
import io.github.nvfetch.core.ImageMeta;
import io.github.nvfetch.core.InvalidMetadataException;
import io.github.nvfetch.core.store.LocalStore;
import io.github.nvfetch.core.store.StagedFile;
import io.github.nvfetch.reactor.HarvestEvent;
import io.github.nvfetch.reactor.internal.harvest.HarvestStep.Downloaded;
import io.github.nvfetch.reactor.internal.harvest.HarvestStep.Finished;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * The parallel half of a harvest: a selected image's file is downloaded (with a unit of the
 * harvest's budget, its body in a download slot) and verified into a part file, then its words are
 * found. The result is a {@link HarvestStep} waiting for its turn at the {@link StoreStage}; a
 * failure is a {@link FailedImage}, never an error.
 *
 * @param downloader the image downloader
 * @param words finds the words of an image
 * @param io the blocking file I/O scheduler
 */
record DownloadStage(ImageDownloader downloader, WordsEnricher words, Scheduler io) {

  /**
   * An image passed the selection: reports it now, and returns its (lazy) download, see {@link
   * #download}.
   */
  public Mono<HarvestStep> select(
      ImageMeta image, CollectionMeta collection, HarvestContext context) {
    context.events().emit(new HarvestEvent.ImageSelected(image));
    return download(image, collection, context);
  }

  /** Downloads and verifies a selected image of {@code collection}, and finds its words. */
  public Mono<HarvestStep> download(
      ImageMeta listed, CollectionMeta collection, HarvestContext context) {
    return Mono.defer(
            () -> {
              ImageMeta image = withCollectionId(listed, collection);
              long collectionId =
                  image
                      .collectionId()
                      .orElseThrow(
                          () ->
                              new InvalidMetadataException(
                                  "image "
                                      + image.id()
                                      + " has no usable collection_id (found "
                                      + image.get("collection_id")
                                      + ")"));
              LocalStore store = context.store();
              DownloadSlots slots = context.slots();
              return slots
                  .withBudget(
                      downloader.download(
                          image,
                          () -> store.stageImageFile(collectionId, image.id()),
                          context.pending(),
                          context.events(),
                          slots,
                          !context.overwrite()))
                  // a file dropped by the budget's operator (cancelled just as it arrived)
                  .doOnDiscard(
                      StagedFile.class, staged -> downloader.discard(staged, context.pending()))
                  .flatMap(
                      staged ->
                          words
                              .forDownloaded(collectionId, image, context)
                              .<HarvestStep>map(
                                  found -> new Downloaded(image, collection, staged, found))
                              .doOnCancel(() -> downloader.discard(staged, context.pending())));
            })
        .publishOn(io)
        .onErrorResume(e -> Mono.just(new Finished(context.failed(listed, e))));
  }

  private static ImageMeta withCollectionId(ImageMeta image, CollectionMeta collection) {
    return image.get("collection_id") == null
        ? image.with("collection_id", collection.id())
        : image;
  }
}
