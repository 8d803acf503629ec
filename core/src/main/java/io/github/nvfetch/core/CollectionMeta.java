package io.github.nvfetch.core;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.nvfetch.core.internal.Json;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The metadata of one NeuroVault collection, as served by {@code /api/collections/{id}/}.
 * Immutable; see {@link Metadata} for the normalization rules and the generic accessors.
 */
public final class CollectionMeta extends Metadata {

  private static final String KIND = "collection";

  private CollectionMeta(Map<String, Object> values) {
    super(values, KIND);
  }

  /**
   * Reads a collection record from a JSON object.
   *
   * @throws InvalidMetadataException when the node is not an object or has no usable id
   */
  public static CollectionMeta fromJson(JsonNode json) {
    return new CollectionMeta(objectFields(json, KIND));
  }

  /**
   * Reads a collection record from JSON text.
   *
   * @throws InvalidMetadataException when the text is not a JSON object with a usable id
   */
  public static CollectionMeta parse(String json) {
    return fromJson(Json.readTree(json, KIND));
  }

  /** Builds a collection record from plain Java values (keys in iteration order). */
  public static CollectionMeta fromMap(Map<String, ?> values) {
    return fromJson(Json.toTree(values));
  }

  /** A copy with one field set (added or replaced). */
  public CollectionMeta with(String key, Object value) {
    return new CollectionMeta(copyWith(key, value));
  }

  /** A copy without one field. */
  public CollectionMeta without(String key) {
    return new CollectionMeta(copyWithout(key));
  }

  /** {@code name}. */
  public Optional<String> name() {
    return getString("name");
  }

  /** {@code DOI} of the paper, when there is one. */
  public Optional<String> doi() {
    return getString("DOI");
  }

  /** {@code owner}: the numeric id of the owning user. */
  public OptionalLong owner() {
    return getLong("owner");
  }

  /** {@code owner_name}. */
  public Optional<String> ownerName() {
    return getString("owner_name");
  }

  /**
   * {@code number_of_images} as the server counts it (empty unless a non-negative integer). It
   * includes NIDM result packages, so it may exceed the number of images the collection lists.
   */
  public OptionalLong numberOfImages() {
    return getNonNegativeLong("number_of_images");
  }

  @Override
  public String toString() {
    return "CollectionMeta{id=" + id() + ", fields=" + size() + "}";
  }
}
