package io.github.nvfetch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.internal.NilearnDataDir;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class IdsRequestTest {

  private static IdsRequest.Builder builder() {
    return IdsRequest.builder().dataDir(Path.of("/data"));
  }

  @Test
  void defaults() {
    IdsRequest request = IdsRequest.builder().build();
    assertTrue(request.collectionIds().isEmpty());
    assertTrue(request.imageIds().isEmpty());
    assertEquals(Mode.DOWNLOAD_NEW, request.mode());
    assertFalse(request.fetchNeurosynthWords());
    assertTrue(request.vectorizeWords());
    assertEquals(NilearnDataDir.resolveDefault(), request.dataDir());
  }

  @Test
  void idsKeepTheirOrderWithoutDuplicates() {
    IdsRequest request = builder().collectionIds(35, 10, 35, 2).imageIds(7, 7, 3).build();
    assertEquals(List.of(35L, 10L, 2L), request.collectionIds());
    assertEquals(List.of(7L, 3L), request.imageIds());
  }

  @Test
  void idsAreCopied() {
    long[] ids = {1, 2};
    IdsRequest.Builder builder = builder().imageIds(ids);
    ids[0] = -5;
    assertEquals(List.of(1L, 2L), builder.build().imageIds());
    assertThrows(UnsupportedOperationException.class, () -> builder.build().imageIds().add(3L));
  }

  @Test
  void idsMustBePositive() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> builder().collectionIds(1, 0).build());
    assertTrue(error.getMessage().contains("index 1"), error.getMessage());
    assertThrows(IllegalArgumentException.class, () -> builder().imageIds(-3).build());
    assertThrows(IllegalArgumentException.class, () -> builder().mode(null).build());
    assertThrows(IllegalArgumentException.class, () -> builder().dataDir(Path.of("")).build());
  }

  @Test
  void imageSelectionIsNilearnsLocalIdsFilter() {
    Predicate<ImageMeta> wanted =
        builder().collectionIds(10).imageIds(100).build().imageSelection();
    assertTrue(wanted.test(ImageMeta.fromMap(Map.of("id", 100, "collection_id", 5))));
    assertTrue(wanted.test(ImageMeta.fromMap(Map.of("id", 1, "collection_id", 10))));
    assertFalse(wanted.test(ImageMeta.fromMap(Map.of("id", 1, "collection_id", 5))));
    assertFalse(wanted.test(ImageMeta.fromMap(Map.of("id", 1))));
  }

  @Test
  void valueSemanticsAndToBuilder() {
    IdsRequest request =
        builder()
            .collectionIds(3)
            .imageIds(4)
            .mode(Mode.OVERWRITE)
            .fetchNeurosynthWords(true)
            .vectorizeWords(false)
            .build();
    IdsRequest copy = request.toBuilder().build();
    assertEquals(request, copy);
    assertEquals(request.hashCode(), copy.hashCode());
    assertEquals(request.toString(), copy.toString());
    assertNotEquals(request, copy.toBuilder().imageIds(5).build());
    assertNotEquals(request, copy.toBuilder().mode(Mode.OFFLINE).build());
  }
}
