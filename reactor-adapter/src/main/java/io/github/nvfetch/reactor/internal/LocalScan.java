package io.github.nvfetch.reactor.internal;

import io.github.nvfetch.core.CollectionMeta;
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
 * Reads the images already in the local store, collection by collection (ascending ids), on the
 * I/O scheduler. Only images whose file is present are returned, as nilearn does.
 */
public final class LocalScan {

  private static final Logger LOG = LoggerFactory.getLogger(LocalScan.class);

  private final Scheduler io;

  /** Creates the scanner. */
  public LocalScan(Scheduler io) {
    this.io = io;
  }

  /** The stored images that pass both predicates, lazily, one collection at a time. */
  public Flux<StoredImage> images(LocalStore store, Predicate<? super CollectionMeta> collections,
      Predicate<? super StoredImage> images) {
    return Mono.fromCallable(store::collectionIds).subscribeOn(io)
        .flatMapIterable(ids -> ids)
        .concatMap(id -> Mono.fromCallable(() -> matching(store, id, collections, images))
            .subscribeOn(io), 1)
        .flatMapIterable(list -> list);
  }

  /**
   * The matching images of one stored collection. A collection folder that cannot be read (a
   * stray symlink pointing out of the store, an unreadable entry) is skipped with a warning:
   * one odd entry never stops the harvest.
   */
  private static List<StoredImage> matching(LocalStore store, long collectionId,
      Predicate<? super CollectionMeta> collections, Predicate<? super StoredImage> images) {
    try {
      return readMatching(store, collectionId, collections, images);
    } catch (RuntimeException e) {
      LOG.warn("skipping collection_{} of the local store {}: {}", collectionId, store.root(),
          e.getMessage());
      return List.of();
    }
  }

  private static List<StoredImage> readMatching(LocalStore store, long collectionId,
      Predicate<? super CollectionMeta> collections, Predicate<? super StoredImage> images) {
    return store.readCollection(collectionId)
        .filter(collections)
        .map(collection -> store.readImages(collection).stream()
            .filter(StoredImage::fileExists)
            .filter(images)
            .toList())
        .orElse(List.of());
  }
}
