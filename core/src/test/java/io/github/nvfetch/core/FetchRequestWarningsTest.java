package io.github.nvfetch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.filter.DefaultTerms;
import io.github.nvfetch.core.filter.IsNull;
import io.github.nvfetch.core.filter.NotEqual;
import io.github.nvfetch.core.filter.NotIn;
import io.github.nvfetch.core.filter.NotNull;
import io.github.nvfetch.core.filter.Terms;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** nilearn's "filter given but default terms still apply" warnings (spec section 2.1). */
class FetchRequestWarningsTest {

  private static final String IMAGE_WARNING =
      "You specified a value for `image_filter` but the "
          + "default filters in `image_terms` still apply. If you want to disable them, pass "
          + "`image_terms={}`";
  private static final String COLLECTION_WARNING =
      "You specified a value for "
          + "`collection_filter` but the default filters in `collection_terms` still apply. If you "
          + "want to disable them, pass `collection_terms={}`";

  private static FetchRequest.Builder withImageFilter() {
    return FetchRequest.builder().dataDir(Path.of("/d")).imageFilter(image -> true);
  }

  private static FetchRequest.Builder withCollectionFilter() {
    return FetchRequest.builder().dataDir(Path.of("/d")).collectionFilter(c -> true);
  }

  private static Terms imageTerms(Object mapType) {
    return Terms.of(
        "not_mni",
        false,
        "is_thresholded",
        false,
        "map_type",
        mapType,
        "image_type",
        "statistic_map");
  }

  @Test
  void imageFilterWithDefaultTermsWarns() {
    assertEquals(List.of(IMAGE_WARNING), withImageFilter().build().warnings());
    assertEquals(
        List.of(IMAGE_WARNING),
        withImageFilter().imageTerms(DefaultTerms.images()).build().warnings());
  }

  @Test
  void termsThatSatisfyTheDefaultsCountAsDefaults() {
    assertEquals(
        List.of(IMAGE_WARNING),
        withImageFilter().imageTerms(imageTerms("T map")).build().warnings());
  }

  @Test
  void termsThatDoNotSatisfyTheDefaultsDoNotWarn() {
    assertTrue(withImageFilter().imageTerms(imageTerms("ROI/mask")).build().warnings().isEmpty());
    assertTrue(withImageFilter().imageTerms(Terms.of()).build().warnings().isEmpty());
    assertTrue(
        withImageFilter()
            .imageTerms(DefaultTerms.images().without("not_mni"))
            .build()
            .warnings()
            .isEmpty());
    assertTrue(
        withImageFilter()
            .imageTerms(DefaultTerms.images().with("x", 1))
            .build()
            .warnings()
            .isEmpty());
  }

  @Test
  void keyOrderDoesNotMatter() {
    Terms reordered =
        Terms.of(
            "image_type",
            NotEqual.of("atlas"),
            "map_type",
            NotIn.of("ROI/mask", "anatomical", "parcellation"),
            "is_thresholded",
            0,
            "not_mni",
            0.0);
    assertEquals(
        List.of(IMAGE_WARNING), withImageFilter().imageTerms(reordered).build().warnings());
  }

  @Test
  void extraImageTermsAreMergedAfterTheCheck() {
    assertEquals(
        List.of(IMAGE_WARNING),
        withImageFilter().imageTerm("map_type", "Z map").build().warnings());
  }

  @Test
  void noFilterNoWarning() {
    assertTrue(FetchRequest.builder().dataDir(Path.of("/d")).build().warnings().isEmpty());
  }

  @Test
  void collectionFilterWithDefaultTermsWarns() {
    assertEquals(List.of(COLLECTION_WARNING), withCollectionFilter().build().warnings());
    assertEquals(
        List.of(COLLECTION_WARNING),
        withCollectionFilter().collectionTerms(Terms.of("number_of_images", 5)).build().warnings());
    assertEquals(
        List.of(COLLECTION_WARNING),
        withCollectionFilter()
            .collectionTerms(Terms.of("number_of_images", NotNull.of()))
            .build()
            .warnings());
  }

  @Test
  void isNullNeverEqualsTheDefaultBecauseAMatcherIsTruthy() {
    assertTrue(
        withCollectionFilter()
            .collectionTerms(Terms.of("number_of_images", IsNull.of()))
            .build()
            .warnings()
            .isEmpty());
    assertTrue(
        withCollectionFilter()
            .collectionTerms(Terms.of("number_of_images", 0))
            .build()
            .warnings()
            .isEmpty());
  }

  @Test
  void bothWarningsInNilearnsOrder() {
    FetchRequest request = withImageFilter().collectionFilter(c -> true).build();
    assertEquals(List.of(IMAGE_WARNING, COLLECTION_WARNING), request.warnings());
  }
}
