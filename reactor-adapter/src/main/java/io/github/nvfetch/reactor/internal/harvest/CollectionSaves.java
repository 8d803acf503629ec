package io.github.nvfetch.reactor.internal.harvest;

import io.github.nvfetch.core.CollectionMeta;
import io.github.nvfetch.core.store.LocalStore;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The collection metadata a harvest has written, once per collection: every collection the harvest
 * reaches is saved (nilearn rewrites it, even when none of its images match), and the collection of
 * an image fetched by id alone is saved when missing. Methods block on file I/O.
 */
final class CollectionSaves {

  private final LocalStore store;
  private final boolean overwrite;
  private final Map<Long, CollectionMeta> saved = new ConcurrentHashMap<>();

  /** Saves into {@code store}; {@code overwrite} rewrites collections already on disk. */
  public CollectionSaves(LocalStore store, boolean overwrite) {
    this.store = store;
    this.overwrite = overwrite;
  }

  /** The harvest reached this collection: save it (once), return it with its path fields. */
  public CollectionMeta reached(CollectionMeta collection) {
    return saved.computeIfAbsent(collection.id(), id -> store.saveCollection(collection));
  }

  /**
   * An image of this collection is being stored: make sure the collection is on disk (saved when
   * absent, or in overwrite mode), return it with its path fields.
   */
  public CollectionMeta ensure(CollectionMeta collection) {
    return saved.computeIfAbsent(
        collection.id(),
        id ->
            overwrite || store.readCollection(id).isEmpty()
                ? store.saveCollection(collection)
                : store.withPaths(collection));
  }
}
