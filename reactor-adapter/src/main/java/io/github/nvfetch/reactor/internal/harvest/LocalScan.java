package io.github.nvfetch.reactor.internal.harvest;

import io.github.nvfetch.core.CollectionMeta;
import io.github.nvfetch.core.internal.NiftiGzipCheck;
import io.github.nvfetch.core.store.CorruptFileException;
import io.github.nvfetch.core.store.LocalStore;
import io.github.nvfetch.core.store.StoredImage;
import java.util.List;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

/**
 * Reads the images already in the local store, collection by collection (ascending ids), on the I/O
 * scheduler. Only images whose file is present and intact are returned: each wanted file passes
 * {@link NiftiGzipCheck#quickCheck} (size against {@code file_size}, gzip and NIfTI headers, gzip
 * trailer), or the whole {@link NiftiGzipCheck#check} when verifying. A damaged file is reported (a
 * warning) and left out, so that the harvest downloads it again.
 */
final class LocalScan {

  private static final Logger LOG = LoggerFactory.getLogger(LocalScan.class);

  private final Scheduler io;

  /** Creates the scanner. */
  public LocalScan(Scheduler io) {
    this.io = io;
  }

  /**
   * The stored images that pass both predicates and the file check, lazily, one collection at a
   * time.
   *
   * @param verifyFully inflate every file whole instead of the quick check
   */
  public Flux<StoredImage> images(
      LocalStore store,
      Predicate<? super CollectionMeta> collections,
      Predicate<? super StoredImage> images,
      boolean verifyFully) {
    return images(store, collections, images, verifyFully, ResamplePlan.NONE);
  }

  /**
   * As {@link #images(LocalStore, Predicate, Predicate, boolean)}; when resampling, an image is
   * also usable when its resampled file was made with the requested interpolation, and offline
   * every matching image is returned (one with no usable file then fails, reported).
   */
  public Flux<StoredImage> images(
      LocalStore store,
      Predicate<? super CollectionMeta> collections,
      Predicate<? super StoredImage> images,
      boolean verifyFully,
      ResamplePlan resampling) {
    return Mono.fromCallable(store::collectionIds)
        .subscribeOn(io)
        .flatMapIterable(ids -> ids)
        .concatMap(
            id ->
                Mono.fromCallable(
                        () -> matching(store, id, collections, images, verifyFully, resampling))
                    .subscribeOn(io),
            1)
        .flatMapIterable(list -> list);
  }

  /**
   * The matching images of one stored collection. A collection folder that cannot be read (a stray
   * symlink pointing out of the store, an unreadable entry) is skipped with a warning: one odd
   * entry never stops the harvest.
   */
  private static List<StoredImage> matching(
      LocalStore store,
      long collectionId,
      Predicate<? super CollectionMeta> collections,
      Predicate<? super StoredImage> images,
      boolean verifyFully,
      ResamplePlan resampling) {
    try {
      return readMatching(store, collectionId, collections, images, verifyFully, resampling);
    } catch (RuntimeException e) {
      LOG.warn(
          "skipping collection_{} of the local store {}: {}",
          collectionId,
          store.root(),
          e.getMessage());
      return List.of();
    }
  }

  private static List<StoredImage> readMatching(
      LocalStore store,
      long collectionId,
      Predicate<? super CollectionMeta> collections,
      Predicate<? super StoredImage> images,
      boolean verifyFully,
      ResamplePlan resampling) {
    if (resampling.enabled()) {
      return store
          .readCollection(collectionId)
          .filter(collections)
          .map(
              collection ->
                  store.readImages(collection).stream()
                      .filter(images)
                      .filter(stored -> usableForResampling(stored, store, verifyFully, resampling))
                      .toList())
          .orElse(List.of());
    }
    return store
        .readCollection(collectionId)
        .filter(collections)
        .map(
            collection ->
                store.readImages(collection).stream()
                    .filter(StoredImage::fileExists)
                    .filter(images)
                    .filter(stored -> intact(stored, verifyFully))
                    .toList())
        .orElse(List.of());
  }

  /**
   * A resampled file made with the requested interpolation, or an intact original to resample;
   * offline, any image (nothing could fetch it: its failure is reported).
   */
  private static boolean usableForResampling(
      StoredImage stored, LocalStore store, boolean verifyFully, ResamplePlan resampling) {
    return ResampleStage.hasMatchingResampled(stored, store, resampling)
        || (stored.fileExists() && intact(stored, verifyFully))
        || resampling.keepsUnusable();
  }

  private static boolean intact(StoredImage stored, boolean verifyFully) {
    try {
      if (verifyFully) {
        NiftiGzipCheck.check(stored.file());
      } else {
        NiftiGzipCheck.quickCheck(stored.file(), stored.image().fileSize().orElse(0));
      }
      return true;
    } catch (CorruptFileException e) {
      LOG.warn(
          "stored file of image {} is damaged ({}): not used, fetched again unless " + "offline",
          stored.image().id(),
          e.getMessage());
      return false;
    }
  }
}
