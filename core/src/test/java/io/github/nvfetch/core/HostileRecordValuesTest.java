package io.github.nvfetch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The record converter fed a table of hostile values for every typed field: each conversion is
 * total (a value or empty, never an exception), and a record is rejected only when its id is not a
 * positive integer, always with {@link InvalidMetadataException}.
 */
class HostileRecordValuesTest {

  /** Raw JSON values a hostile server may send; each is valid JSON. */
  static final List<String> HOSTILE =
      List.of(
          "1e400",
          "-1e400",
          "1e-400",
          "123456789012345678901234567890",
          "-9223372036854775809",
          "9223372036854775808",
          "9223372036854775807",
          "-1",
          "0",
          "-0.0",
          "1.5",
          "2.0",
          "1E2",
          "\"1e400\"",
          "\"NaN\"",
          "\"Infinity\"",
          "\"-Infinity\"",
          "\"nan\"",
          "\"12\"",
          "\" 12 \"",
          "\"\"",
          "\"abc\"",
          "\"1e999999999\"",
          "\"" + "9".repeat(5000) + "\"",
          "true",
          "false",
          "null",
          "[]",
          "[1]",
          "{}",
          "{\"id\": 3}",
          "[[[[[[[[[[1]]]]]]]]]]");

  private static final List<Function<ImageMeta, Object>> IMAGE_GETTERS =
      List.of(
          ImageMeta::id,
          ImageMeta::collectionId,
          ImageMeta::file,
          ImageMeta::name,
          ImageMeta::modality,
          ImageMeta::mapType,
          ImageMeta::imageType,
          ImageMeta::analysisLevel,
          ImageMeta::notMni,
          ImageMeta::isThresholded,
          ImageMeta::isValid,
          ImageMeta::fileSize,
          ImageMeta::numberOfSubjects,
          ImageMeta::toJson,
          ImageMeta::toString);

  private static final List<Function<CollectionMeta, Object>> COLLECTION_GETTERS =
      List.of(
          CollectionMeta::id,
          CollectionMeta::name,
          CollectionMeta::doi,
          CollectionMeta::owner,
          CollectionMeta::ownerName,
          CollectionMeta::numberOfImages,
          CollectionMeta::toJson);

  private static final List<String> IMAGE_FIELDS =
      List.of(
          "collection_id",
          "file",
          "name",
          "modality",
          "map_type",
          "image_type",
          "analysis_level",
          "not_mni",
          "is_thresholded",
          "is_valid",
          "file_size",
          "number_of_subjects");

  private static final List<String> COLLECTION_FIELDS =
      List.of("name", "DOI", "owner", "owner_name", "number_of_images");

  static Stream<Arguments> imageCases() {
    List<Arguments> cases = new ArrayList<>();
    for (String field : IMAGE_FIELDS) {
      for (String value : HOSTILE) {
        cases.add(Arguments.of(field, value));
      }
    }
    return cases.stream();
  }

  static Stream<Arguments> collectionCases() {
    List<Arguments> cases = new ArrayList<>();
    for (String field : COLLECTION_FIELDS) {
      for (String value : HOSTILE) {
        cases.add(Arguments.of(field, value));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "image {0}: {1}")
  @MethodSource("imageCases")
  void aHostileImageFieldNeverThrows(String field, String value) {
    ImageMeta image = ImageMeta.parse("{\"id\": 7, \"" + field + "\": " + value + "}");
    assertEquals(7, image.id());
    IMAGE_GETTERS.forEach(getter -> getter.apply(image));
    image
        .keys()
        .forEach(
            key -> {
              image.getLong(key);
              image.getDouble(key);
              image.getBoolean(key);
              image.getString(key);
            });
    image.fileSize().ifPresent(size -> assertTrue(size >= 0, "negative size " + size));
    image.numberOfSubjects().ifPresent(n -> assertTrue(n >= 0, "negative count " + n));
    image.collectionId().ifPresent(id -> assertTrue(id > 0, "non-positive id " + id));
    assertEquals(image, ImageMeta.fromJson(image.toJson()), "the stored form reads back");
  }

  @ParameterizedTest(name = "collection {0}: {1}")
  @MethodSource("collectionCases")
  void aHostileCollectionFieldNeverThrows(String field, String value) {
    CollectionMeta collection =
        CollectionMeta.parse("{\"id\": 9, \"" + field + "\": " + value + "}");
    assertEquals(9, collection.id());
    COLLECTION_GETTERS.forEach(getter -> getter.apply(collection));
    collection.numberOfImages().ifPresent(n -> assertTrue(n >= 0, "negative count " + n));
  }

  @Test
  void onlyAPositiveIntegerIsAnId() {
    List<String> accepted = new ArrayList<>();
    for (String value : HOSTILE) {
      String record = "{\"id\": " + value + "}";
      try {
        ImageMeta image = ImageMeta.parse(record);
        assertTrue(image.id() > 0, record);
        assertEquals(image.id(), CollectionMeta.parse(record).id(), record);
        accepted.add(value);
      } catch (InvalidMetadataException e) {
        assertThrows(InvalidMetadataException.class, () -> CollectionMeta.parse(record));
      }
    }
    assertEquals(List.of("9223372036854775807", "2.0", "1E2", "\"12\"", "\" 12 \""), accepted);
  }

  @Test
  void aHugeFileSizeReadsAsUnknown() {
    assertEquals(
        OptionalLong.empty(), ImageMeta.parse("{\"id\": 1, \"file_size\": 1e400}").fileSize());
    assertEquals(
        OptionalLong.of(1024), ImageMeta.parse("{\"id\": 1, \"file_size\": 1024}").fileSize());
  }
}
