package io.github.nvfetch.core.internal;

import io.github.nvfetch.core.filter.DefaultTerms;
import io.github.nvfetch.core.filter.Terms;
import java.util.ArrayList;
import java.util.List;

/**
 * nilearn's warnings for a filter given while the default terms still apply. The test is nilearn's:
 * a filter was passed, and the terms (before keyword terms are merged) are equal to the defaults by
 * plain dict equality, which uses the special values' own equality (so {@code {"number_of_images":
 * 5}} equals the collection defaults, while {@code {"number_of_images": IsNull()}} does not,
 * because a matcher is truthy).
 */
public final class DefaultFilterWarnings {

  /** nilearn's warning for {@code image_filter}. */
  public static final String IMAGE_FILTER_WARNING =
      "You specified a value for `image_filter` but "
          + "the default filters in `image_terms` still apply. If you want to disable them, pass "
          + "`image_terms={}`";

  /** nilearn's warning for {@code collection_filter}. */
  public static final String COLLECTION_FILTER_WARNING =
      "You specified a value for "
          + "`collection_filter` but the default filters in `collection_terms` still apply. If you "
          + "want to disable them, pass `collection_terms={}`";

  private DefaultFilterWarnings() {}

  /**
   * The warnings a filtered request triggers, image warning first as in nilearn.
   *
   * @param imageTerms the image terms before keyword terms are merged
   * @param imageFilterGiven whether an image filter was given
   * @param collectionTerms the collection terms
   * @param collectionFilterGiven whether a collection filter was given
   */
  public static List<String> of(
      Terms imageTerms,
      boolean imageFilterGiven,
      Terms collectionTerms,
      boolean collectionFilterGiven) {
    List<String> warnings = new ArrayList<>(2);
    if (imageFilterGiven && equalAsDicts(imageTerms, DefaultTerms.images())) {
      warnings.add(IMAGE_FILTER_WARNING);
    }
    if (collectionFilterGiven && equalAsDicts(collectionTerms, DefaultTerms.collections())) {
      warnings.add(COLLECTION_FILTER_WARNING);
    }
    return warnings;
  }

  /** Python's {@code given == defaults} for two term dicts, the given values on the left. */
  public static boolean equalAsDicts(Terms given, Terms defaults) {
    return PythonValues.equal(given.asMap(), defaults.asMap());
  }
}
