package io.github.nvfetch.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.nvfetch.core.internal.JsonValues;
import io.github.nvfetch.core.internal.LenientValues;
import io.github.nvfetch.core.internal.NullLikeStrings;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An immutable view over one NeuroVault JSON record (an image or a collection).
 *
 * <p>NeuroVault records are schemaless: fields may be absent, {@code null}, {@code ""}, {@code
 * "N/A"}, numbers sent as strings, or custom keys of any JSON type. A {@code Metadata} never fails
 * on any of these. Its values are normalized once, as nilearn does before saving: top-level strings
 * that are empty, {@code na}, {@code n/a}, or start with {@code none} or {@code null} (any case)
 * read as {@code null}. Filters therefore see the same values whether the record came from the
 * server or from disk.
 *
 * <p>Values returned by {@link #get(String)} are plain Java values: {@code null}, {@link Boolean},
 * {@link Long}, {@link Double}, {@link String}, unmodifiable {@link java.util.List} and {@link
 * Map}. A missing key reads as {@code null}, as in nilearn's filters.
 */
public abstract class Metadata {

  private final Map<String, Object> values;
  private final long id;

  Metadata(Map<String, Object> rawValues, String kind) {
    this.values = NullLikeStrings.normalize(rawValues);
    Object rawId = values.get("id");
    OptionalLong parsed = LenientValues.asPositiveLong(rawId);
    if (parsed.isEmpty()) {
      throw new InvalidMetadataException(
          kind
              + " record has no usable \"id\": a positive integer is needed (found "
              + describe(rawId)
              + ")");
    }
    this.id = parsed.getAsLong();
  }

  static Map<String, Object> objectFields(JsonNode json, String kind) {
    if (json == null || !json.isObject()) {
      String found =
          json == null ? "nothing" : json.getNodeType().toString().toLowerCase(Locale.ROOT);
      throw new InvalidMetadataException(kind + " record must be a JSON object, found " + found);
    }
    return JsonValues.toJavaMap(json);
  }

  private static String describe(@Nullable Object value) {
    if (value == null) {
      return "none";
    }
    String text = String.valueOf(value);
    String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
    return value.getClass().getSimpleName() + " " + shown;
  }

  /**
   * The record's {@code id}, a positive integer. Always present: records without one (absent, zero,
   * negative, fractional, too large, not a number) are rejected.
   */
  public long id() {
    return id;
  }

  /**
   * The normalized value of any field, or {@code null} when the field is absent or null-like.
   *
   * @param key the JSON field name, e.g. {@code "map_type"}
   */
  public @Nullable Object get(String key) {
    return values.get(key);
  }

  /** True when the record has this key, even with a {@code null} value. */
  public boolean containsKey(String key) {
    return values.containsKey(key);
  }

  /** The record's keys, in the order the server sent them. */
  public Set<String> keys() {
    return values.keySet();
  }

  /** Number of fields in the record. */
  public int size() {
    return values.size();
  }

  /** All normalized fields, unmodifiable and in the order the server sent them. */
  public Map<String, Object> asMap() {
    return values;
  }

  /** A fresh, mutable JSON object with every normalized field. */
  public ObjectNode toJson() {
    return (ObjectNode) JsonValues.toJson(values);
  }

  /** The field as a string: strings as they are, numbers and booleans as text. */
  public Optional<String> getString(String key) {
    Object value = values.get(key);
    if (value == null || value instanceof Map || value instanceof java.util.List) {
      return Optional.empty();
    }
    return Optional.of(String.valueOf(value));
  }

  /** The field as an integer, also when sent as a string such as {@code "42"}. */
  public OptionalLong getLong(String key) {
    return LenientValues.asLong(values.get(key));
  }

  /** The field as a non-negative integer (a size or a count); empty for anything else. */
  OptionalLong getNonNegativeLong(String key) {
    return LenientValues.asNonNegativeLong(values.get(key));
  }

  /** The field as a positive integer (an id); empty for anything else. */
  OptionalLong getPositiveLong(String key) {
    return LenientValues.asPositiveLong(values.get(key));
  }

  /** The field as a number, also when sent as a string such as {@code "3.5"}. */
  public OptionalDouble getDouble(String key) {
    return LenientValues.asDouble(values.get(key));
  }

  /**
   * The field as a boolean; also accepts {@code 0}/{@code 1} and {@code "true"}/{@code "false"}.
   */
  public Optional<Boolean> getBoolean(String key) {
    return LenientValues.asBoolean(values.get(key));
  }

  Map<String, Object> copyWith(String key, Object value) {
    Map<String, Object> copy = new LinkedHashMap<>(values);
    copy.put(Objects.requireNonNull(key, "key"), value);
    return copy;
  }

  Map<String, Object> copyWithout(String key) {
    Map<String, Object> copy = new LinkedHashMap<>(values);
    copy.remove(key);
    return Collections.unmodifiableMap(copy);
  }

  // the exact class: an image and a collection with the same fields are not equal
  @SuppressWarnings("EqualsGetClass")
  @Override
  public boolean equals(@Nullable Object other) {
    return other != null
        && other.getClass() == getClass()
        && values.equals(((Metadata) other).values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }
}
