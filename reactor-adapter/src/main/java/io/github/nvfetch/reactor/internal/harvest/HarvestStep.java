package io.github.nvfetch.reactor.internal.harvest;

import io.github.nvfetch.core.CollectionMeta;
import io.github.nvfetch.core.ImageMeta;
import io.github.nvfetch.core.ImageOutcome;
import io.github.nvfetch.core.store.LocalStore;
import io.github.nvfetch.core.store.StagedFile;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What a harvest's workers hand, in result order, to the step that writes the store. Workers
 * download in parallel; files, words and metadata are put in place one image after the other, in
 * nilearn's order, so that when the harvest stops at {@code maxImages} the store holds exactly the
 * images returned, and collection metadata exactly for the collections reached.
 */
sealed interface HarvestStep {

  /** The harvest reached a collection that passed its filters: its metadata is saved now. */
  record CollectionReached(CollectionMeta collection) implements HarvestStep {}

  /** An image downloaded and verified, waiting in its part file for its turn. */
  record Downloaded(ImageMeta image, CollectionMeta collection, StagedFile file, Words words)
      implements HarvestStep {}

  /** An outcome with nothing left to write (a failure). */
  record Finished(ImageOutcome outcome) implements HarvestStep {}

  /**
   * A filtered harvest's walk is done with a collection: once the store stage reaches this step,
   * every step of the collection and of those listed before it is stored. Consumed by the store
   * stage (the walk's frontier moves), never an outcome.
   */
  record CollectionWalked(long collectionId, WalkResume walk) implements HarvestStep {}

  /**
   * The end of a filtered harvest's server phase: the walk's record is written a last time.
   * Consumed by the store stage, never an outcome.
   */
  record WalkEnded(WalkResume walk) implements HarvestStep {}

  /**
   * Words to store with an image: a usable file already on disk, or a fresh decode answer.
   *
   * @param existing a usable words file already in the store
   * @param fresh a decode answer to save
   */
  record Words(Path existing, byte[] fresh) {

    /** No words. */
    static final Words NONE = new Words(null, null);

    /** Saves fresh words (blocking); the words file, if there is one. */
    Optional<Path> store(LocalStore store, long collectionId, long imageId) {
      if (fresh != null) {
        return Optional.of(store.saveWords(collectionId, imageId, fresh));
      }
      return Optional.ofNullable(existing);
    }
  }
}
