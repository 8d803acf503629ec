package io.github.nvfetch.core;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.nvfetch.core.internal.Json;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The metadata of one NeuroVault image, as served by {@code /api/images/{id}/} or listed by {@code
 * /api/collections/{id}/images/}. Immutable; see {@link Metadata} for the normalization rules and
 * the generic accessors.
 */
public final class ImageMeta extends Metadata {

  private static final String KIND = "image";

  private ImageMeta(Map<String, Object> values) {
    super(values, KIND);
  }

  /**
   * Reads an image record from a JSON object.
   *
   * @throws InvalidMetadataException when the node is not an object or has no usable id
   */
  public static ImageMeta fromJson(JsonNode json) {
    return new ImageMeta(objectFields(json, KIND));
  }

  /**
   * Reads an image record from JSON text.
   *
   * @throws InvalidMetadataException when the text is not a JSON object with a usable id
   */
  public static ImageMeta parse(String json) {
    return fromJson(Json.readTree(json, KIND));
  }

  /** Builds an image record from plain Java values (keys in iteration order). */
  public static ImageMeta fromMap(Map<String, ?> values) {
    return fromJson(Json.toTree(values));
  }

  /** A copy with one field set (added or replaced). */
  public ImageMeta with(String key, Object value) {
    return new ImageMeta(copyWith(key, value));
  }

  /** A copy without one field. */
  public ImageMeta without(String key) {
    return new ImageMeta(copyWithout(key));
  }

  /**
   * {@code collection_id}: the collection this image belongs to; empty unless a positive integer.
   */
  public OptionalLong collectionId() {
    return getPositiveLong("collection_id");
  }

  /** {@code file}: the URL of the image file. */
  public Optional<String> file() {
    return getString("file");
  }

  /** {@code name}. */
  public Optional<String> name() {
    return getString("name");
  }

  /** {@code modality}, e.g. {@code "fMRI-BOLD"}. */
  public Optional<String> modality() {
    return getString("modality");
  }

  /** {@code map_type} as its display label, e.g. {@code "T map"}. */
  public Optional<String> mapType() {
    return getString("map_type");
  }

  /** {@code image_type}, e.g. {@code "statistic_map"} or {@code "atlas"}. */
  public Optional<String> imageType() {
    return getString("image_type");
  }

  /** {@code analysis_level} as its display label, e.g. {@code "group"}. */
  public Optional<String> analysisLevel() {
    return getString("analysis_level");
  }

  /** {@code not_mni}. */
  public Optional<Boolean> notMni() {
    return getBoolean("not_mni");
  }

  /** {@code is_thresholded}. */
  public Optional<Boolean> isThresholded() {
    return getBoolean("is_thresholded");
  }

  /** {@code is_valid}. */
  public Optional<Boolean> isValid() {
    return getBoolean("is_valid");
  }

  /**
   * {@code file_size} in bytes, as the server reports it; empty unless a non-negative integer that
   * fits a {@code long}.
   */
  public OptionalLong fileSize() {
    return getNonNegativeLong("file_size");
  }

  /** {@code number_of_subjects}; empty unless a non-negative integer. */
  public OptionalLong numberOfSubjects() {
    return getNonNegativeLong("number_of_subjects");
  }

  @Override
  public String toString() {
    return "ImageMeta{id="
        + id()
        + ", collection_id="
        + get("collection_id")
        + ", fields="
        + size()
        + "}";
  }
}
