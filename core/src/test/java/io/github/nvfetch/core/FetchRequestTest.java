package io.github.nvfetch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.filter.DefaultTerms;
import io.github.nvfetch.core.filter.IsIn;
import io.github.nvfetch.core.filter.NotIn;
import io.github.nvfetch.core.filter.Terms;
import io.github.nvfetch.core.internal.NilearnDataDir;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class FetchRequestTest {

  private static final Path DATA = Path.of("/data/nilearn");

  private static FetchRequest.Builder builder() {
    return FetchRequest.builder().dataDir(DATA);
  }

  private static ImageMeta image(Map<String, ?> fields) {
    return ImageMeta.fromMap(fields);
  }

  @Test
  void defaultsAreNilearns() {
    FetchRequest request = FetchRequest.defaults();
    assertEquals(OptionalInt.of(FetchRequest.DEFAULT_MAX_IMAGES), request.maxImages());
    assertEquals(100, FetchRequest.DEFAULT_MAX_IMAGES);
    assertEquals(DefaultTerms.collections(), request.collectionTerms());
    assertEquals(DefaultTerms.images(), request.imageTerms());
    assertEquals(DefaultTerms.images(), request.effectiveImageTerms());
    assertEquals(DefaultTerms.collections(), request.effectiveCollectionTerms());
    assertTrue(request.extraImageTerms().isEmpty());
    assertEquals(Mode.DOWNLOAD_NEW, request.mode());
    assertFalse(request.fetchNeurosynthWords());
    assertTrue(request.vectorizeWords());
    assertEquals(NilearnDataDir.resolveDefault(), request.dataDir());
    assertTrue(request.warnings().isEmpty());
  }

  @Test
  void maxImagesFollowsNilearn() {
    assertEquals(OptionalInt.of(7), builder().maxImages(7).build().maxImages());
    assertEquals(OptionalInt.of(0), builder().maxImages(0).build().maxImages());
    assertEquals(OptionalInt.empty(), builder().maxImages(-1).build().maxImages());
    assertEquals(OptionalInt.empty(), builder().maxImages(null).build().maxImages());
    assertEquals(OptionalInt.empty(), builder().noLimit().build().maxImages());
  }

  @Test
  void emptyTermsMeanNoneAndNullRestoresTheDefaults() {
    FetchRequest none = builder().imageTerms(Terms.of()).collectionTerms(Terms.of()).build();
    assertTrue(none.effectiveImageTerms().isEmpty());
    assertTrue(none.effectiveCollectionTerms().isEmpty());
    FetchRequest restored = none.toBuilder().imageTerms(null).collectionTerms(null).build();
    assertEquals(DefaultTerms.images(), restored.effectiveImageTerms());
    assertEquals(DefaultTerms.collections(), restored.effectiveCollectionTerms());
  }

  @Test
  void extraImageTermsOverrideOnlyTheirKey() {
    FetchRequest request =
        builder().imageTerm("map_type", "Z map").imageTerm("modality", "fMRI").build();
    Terms effective = request.effectiveImageTerms();
    assertEquals(
        List.of("not_mni", "is_thresholded", "map_type", "image_type", "modality"),
        new ArrayList<>(effective.keys()));
    assertEquals("Z map", effective.get("map_type"));
    assertEquals(DefaultTerms.images(), request.imageTerms());
    assertEquals(Terms.of("map_type", "Z map", "modality", "fMRI"), request.extraImageTerms());
  }

  @Test
  void aLaterExtraTermWithTheSameKeyWins() {
    FetchRequest request =
        builder()
            .imageTerms(Terms.of())
            .imageTerm("a", 1)
            .imageTerm("b", 2)
            .imageTerm("a", 3)
            .build();
    assertEquals(Terms.of("a", 3, "b", 2), request.effectiveImageTerms());
  }

  @Test
  void collectionIdMovesToTheCollectionTerms() {
    FetchRequest request = builder().imageTerm("collection_id", 40).build();
    assertFalse(request.effectiveImageTerms().containsKey("collection_id"));
    assertEquals(DefaultTerms.images(), request.effectiveImageTerms());
    assertEquals(DefaultTerms.collections().with("id", 40), request.effectiveCollectionTerms());
    assertEquals(
        Terms.of("id", 40L),
        request.effectiveCollectionTerms().serverSideTerms(Terms.COLLECTION_SERVER_KEYS));
    assertTrue(request.warnings().isEmpty());
  }

  @Test
  void nilearnTestMoveColId() {
    FetchRequest request =
        builder()
            .imageTerms(Terms.of("collection_id", 1, "not_mni", false))
            .collectionTerms(Terms.of())
            .build();
    assertEquals(Terms.of("not_mni", false), request.effectiveImageTerms());
    assertEquals(Terms.of("id", 1), request.effectiveCollectionTerms());
  }

  @Test
  void anEqualCollectionIdIsReplacedByTheImageTerm() {
    FetchRequest request =
        builder()
            .collectionTerms(Terms.of("id", 1.0, "DOI", "x"))
            .imageTerm("collection_id", 1)
            .build();
    assertEquals(Terms.of("id", 1, "DOI", "x"), request.effectiveCollectionTerms());
    assertFalse(request.effectiveImageTerms().containsKey("collection_id"));
  }

  @Test
  void aMatcherCollectionIdMovesTooAsInNilearn() {
    FetchRequest request = builder().imageTerm("collection_id", IsIn.of(1, 2)).build();
    assertEquals(IsIn.of(1, 2), request.effectiveCollectionTerms().get("id"));
    assertTrue(
        request.effectiveCollectionTerms().serverSideTerms(Terms.COLLECTION_SERVER_KEYS).isEmpty());
  }

  @Test
  void contradictoryCollectionIdsStayAndWarn() {
    FetchRequest request =
        builder().collectionTerms(Terms.of("id", 2)).imageTerm("collection_id", 1).build();
    assertEquals(1L, request.effectiveImageTerms().get("collection_id"));
    assertEquals(Terms.of("id", 2), request.effectiveCollectionTerms());
    assertEquals(
        List.of(
            "You specified contradictory collection ids, one in the image filters "
                + "and one in the collection filters"),
        request.warnings());
  }

  @Test
  void imageSelectionChecksTermsThenTheFilter() {
    List<Long> filtered = new ArrayList<>();
    Predicate<ImageMeta> recording = m -> filtered.add(m.id()) && m.id() > 1;
    FetchRequest request =
        builder()
            .imageTerms(Terms.of("map_type", NotIn.of("ROI/mask")))
            .imageFilter(recording)
            .build();
    Predicate<ImageMeta> selection = request.imageSelection();
    assertFalse(selection.test(image(Map.of("id", 1, "map_type", "T map"))));
    assertTrue(selection.test(image(Map.of("id", 2, "map_type", "T map"))));
    assertFalse(selection.test(image(Map.of("id", 3, "map_type", "ROI/mask"))));
    assertEquals(List.of(1L, 2L), filtered);
  }

  @Test
  void collectionSelectionRechecksServerTermsLocally() {
    FetchRequest request =
        builder()
            .collectionTerms(Terms.of("DOI", "10.1/x"))
            .collectionFilter(c -> c.id() != 13)
            .build();
    Predicate<CollectionMeta> selection = request.collectionSelection();
    assertTrue(selection.test(CollectionMeta.fromMap(Map.of("id", 12, "DOI", "10.1/x"))));
    assertFalse(selection.test(CollectionMeta.fromMap(Map.of("id", 12, "DOI", "other"))));
    assertFalse(selection.test(CollectionMeta.fromMap(Map.of("id", 13, "DOI", "10.1/x"))));
  }

  @Test
  void defaultFiltersAcceptEverything() {
    FetchRequest request = builder().imageTerms(Terms.of()).collectionTerms(Terms.of()).build();
    assertTrue(request.imageFilter().test(image(Map.of("id", 1))));
    assertTrue(request.collectionFilter().test(CollectionMeta.fromMap(Map.of("id", 1))));
    assertTrue(request.imageSelection().test(image(Map.of("id", 1))));
  }

  @Test
  void toBuilderKeepsEveryParameter() {
    Predicate<ImageMeta> filter = m -> true;
    FetchRequest original =
        builder()
            .maxImages(3)
            .mode(Mode.OFFLINE)
            .fetchNeurosynthWords(true)
            .vectorizeWords(false)
            .imageFilter(filter)
            .imageTerm("map_type", "T map")
            .collectionTerms(Terms.of("DOI", "x"))
            .build();
    FetchRequest copy = original.toBuilder().build();
    assertEquals(original.maxImages(), copy.maxImages());
    assertEquals(original.mode(), copy.mode());
    assertEquals(original.dataDir(), copy.dataDir());
    assertEquals(original.fetchNeurosynthWords(), copy.fetchNeurosynthWords());
    assertEquals(original.vectorizeWords(), copy.vectorizeWords());
    assertSame(filter, copy.imageFilter());
    assertEquals(original.effectiveImageTerms(), copy.effectiveImageTerms());
    assertEquals(original.effectiveCollectionTerms(), copy.effectiveCollectionTerms());
    assertEquals(original.warnings(), copy.warnings());
    assertEquals(original.toString(), copy.toString());
  }

  @Test
  void dataDirIsMadeAbsolute() {
    FetchRequest request = FetchRequest.builder().dataDir(Path.of("relative/dir")).build();
    assertTrue(request.dataDir().isAbsolute());
    assertEquals(Path.of("relative/dir").toAbsolutePath(), request.dataDir());
  }

  @Test
  void buildRejectsInvalidParameters() {
    assertThrows(
        IllegalArgumentException.class,
        () -> builder().imageFilter((Predicate<ImageMeta>) null).build());
    assertThrows(
        IllegalArgumentException.class,
        () -> builder().collectionFilter((Predicate<CollectionMeta>) null).build());
    assertThrows(IllegalArgumentException.class, () -> builder().mode(null).build());
    assertThrows(IllegalArgumentException.class, () -> builder().dataDir(Path.of("")).build());
    assertThrows(IllegalArgumentException.class, () -> builder().imageTerm("", 1));
    assertThrows(IllegalArgumentException.class, () -> builder().imageTerm(null, 1));
    assertThrows(IllegalArgumentException.class, () -> builder().imageTerm("d", new Object()));
  }

  @Test
  void aFilterSetToNullThenReplacedIsValid() {
    FetchRequest request =
        builder().imageFilter((Predicate<ImageMeta>) null).imageFilter(m -> true).build();
    assertEquals(1, request.warnings().size());
  }
}
