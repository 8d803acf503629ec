package io.github.nvfetch.core.internal;

import io.github.nvfetch.core.filter.Terms;
import java.util.Optional;

/**
 * nilearn's {@code _move_col_id}: an image term {@code collection_id} becomes the collection term
 * {@code id}, so that {@code collection_id=40} reads a single collection from the server.
 *
 * <p>The move happens when the collection terms have no {@code id}, or one equal (Python {@code
 * ==}, collection value on the left) to the image term; the image term's value then replaces it.
 * Otherwise both terms stay where they are and nilearn's warning is reported.
 *
 * @param imageTerms the image terms after the move
 * @param collectionTerms the collection terms after the move
 * @param warning nilearn's warning about contradictory ids, when they conflict
 */
public record CollectionIdMove(Terms imageTerms, Terms collectionTerms, Optional<String> warning) {

  /** The image term that names the collection. */
  public static final String IMAGE_KEY = "collection_id";

  /** The collection term that names the collection. */
  public static final String COLLECTION_KEY = "id";

  /** nilearn's {@code UserWarning} text when the two ids contradict each other. */
  public static final String CONTRADICTION_WARNING =
      "You specified contradictory collection ids, "
          + "one in the image filters and one in the collection filters";

  /** Applies the move to a pair of term maps. */
  public static CollectionIdMove apply(Terms imageTerms, Terms collectionTerms) {
    if (!imageTerms.containsKey(IMAGE_KEY)) {
      return new CollectionIdMove(imageTerms, collectionTerms, Optional.empty());
    }
    Object imageValue = imageTerms.get(IMAGE_KEY);
    if (!collectionTerms.containsKey(COLLECTION_KEY)
        || PythonValues.equal(collectionTerms.get(COLLECTION_KEY), imageValue)) {
      return new CollectionIdMove(
          imageTerms.without(IMAGE_KEY),
          collectionTerms.with(COLLECTION_KEY, imageValue),
          Optional.empty());
    }
    return new CollectionIdMove(imageTerms, collectionTerms, Optional.of(CONTRADICTION_WARNING));
  }
}
