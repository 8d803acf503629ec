package io.github.nvfetch.core.filter;

/**
 * nilearn's default terms, applied by a filtered fetch unless the request replaces them.
 *
 * <p>Exactly nilearn's {@code basic_image_terms()} and {@code basic_collection_terms()}, keys in
 * the same order. There is no {@code is_valid} term: nilearn has none in any version.
 */
public final class DefaultTerms {

  private DefaultTerms() {}

  /**
   * nilearn's {@code basic_image_terms()}: unthresholded maps in MNI space that are not ROIs,
   * anatomical images, parcellations or atlases.
   *
   * <pre>{'not_mni': False, 'is_thresholded': False,
   *  'map_type': NotIn('ROI/mask', 'anatomical', 'parcellation'),
   *  'image_type': NotEqual('atlas')}</pre>
   */
  public static Terms images() {
    return Terms.of(
        "not_mni",
        false,
        "is_thresholded",
        false,
        "map_type",
        NotIn.of("ROI/mask", "anatomical", "parcellation"),
        "image_type",
        NotEqual.of("atlas"));
  }

  /**
   * nilearn's {@code basic_collection_terms()}: collections that are not empty.
   *
   * <pre>{'number_of_images': NotNull()}</pre>
   */
  public static Terms collections() {
    return Terms.of("number_of_images", NotNull.of());
  }
}
