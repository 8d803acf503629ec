package io.github.nvfetch.core.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.CollectionMeta;
import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.ImageMeta;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Lambdas over the concrete record type compose with a {@link ResultFilter}, both ways, and the
 * result is accepted by the request builders (these lines failed to compile while the filter was a
 * {@code Predicate<Metadata>}).
 */
class ResultFilterTypedCompositionTest {

  private static final ResultFilter GROUP = ResultFilter.of(Terms.of("analysis_level", "group"));

  private static ImageMeta image(String level, String mapType) {
    return ImageMeta.fromMap(Map.of("id", 1, "analysis_level", level, "map_type", mapType));
  }

  private static boolean isTMap(ImageMeta image) {
    return image.mapType().filter("T map"::equals).isPresent();
  }

  @Test
  void andTakesAnExplicitlyTypedLambda() {
    Predicate<ImageMeta> groupTMaps =
        ResultFilter.of(Terms.of("analysis_level", "group"))
            .and((ImageMeta image) -> isTMap(image));
    assertTrue(groupTMaps.test(image("group", "T map")));
    assertFalse(groupTMaps.test(image("group", "Z map")));
    assertFalse(groupTMaps.test(image("single-subject", "T map")));
  }

  @Test
  void composesWithAPredicateOfImageMetaBothWays() {
    Predicate<ImageMeta> tMap = ResultFilterTypedCompositionTest::isTMap;
    Predicate<ImageMeta> filterFirst = GROUP.and(tMap);
    Predicate<ImageMeta> lambdaFirst = tMap.and(GROUP.asPredicate());
    Predicate<ImageMeta> either = GROUP.or(tMap);
    Predicate<ImageMeta> exactlyOne = GROUP.xor(tMap);
    List<ImageMeta> records =
        List.of(
            image("group", "T map"),
            image("group", "Z map"),
            image("single-subject", "T map"),
            image("single-subject", "Z map"));
    assertEquals(
        List.of(true, false, false, false), records.stream().map(filterFirst::test).toList());
    assertEquals(
        List.of(true, false, false, false), records.stream().map(lambdaFirst::test).toList());
    assertEquals(List.of(true, true, true, false), records.stream().map(either::test).toList());
    assertEquals(
        List.of(false, true, true, false), records.stream().map(exactlyOne::test).toList());
  }

  @Test
  void aTypedCombinationChainsWithPredicateMethods() {
    Predicate<ImageMeta> chained =
        GROUP
            .and((ImageMeta image) -> isTMap(image))
            .or(image -> image.mapType().filter("Z map"::equals).isPresent())
            .negate();
    assertFalse(chained.test(image("group", "T map")));
    assertFalse(chained.test(image("single-subject", "Z map")));
    assertTrue(chained.test(image("single-subject", "T map")));
  }

  @Test
  void requestBuildersTakeFiltersAndTypedCombinations() {
    Predicate<CollectionMeta> bigCollections =
        ResultFilter.of(Terms.of()).and((CollectionMeta c) -> c.numberOfImages().orElse(0) >= 5);
    FetchRequest request =
        FetchRequest.builder()
            .imageTerms(Terms.of())
            .imageFilter(GROUP.and((ImageMeta image) -> isTMap(image)))
            .collectionFilter(bigCollections)
            .dataDir(Path.of("data"))
            .build();
    assertTrue(request.imageSelection().test(image("group", "T map")));
    assertFalse(request.imageSelection().test(image("group", "Z map")));
    assertTrue(
        request
            .collectionSelection()
            .test(CollectionMeta.fromMap(Map.of("id", 3, "number_of_images", 7))));
    assertFalse(
        request
            .collectionSelection()
            .test(CollectionMeta.fromMap(Map.of("id", 4, "number_of_images", 2))));

    FetchRequest plain =
        FetchRequest.builder()
            .imageTerms(Terms.of())
            .imageFilter(GROUP)
            .collectionFilter(ResultFilter.of(Terms.of("number_of_images", 7)))
            .dataDir(Path.of("data"))
            .build();
    assertTrue(plain.imageSelection().test(image("group", "Z map")));
    assertFalse(plain.imageSelection().test(image("single-subject", "Z map")));
    assertFalse(
        plain
            .collectionSelection()
            .test(CollectionMeta.fromMap(Map.of("id", 4, "number_of_images", 2))));
  }
}
