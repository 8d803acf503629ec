package io.github.nvfetch.core.words;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.nvfetch.core.internal.Json;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the word weights out of a Neurosynth decode answer, {@code {"data": {"values": {word:
 * weight, ...}}}}, the format of {@code neurosynth_words_for_image_<id>.json}.
 */
public final class NeurosynthWords {

  private NeurosynthWords() {}

  /**
   * The word weights of a decode answer, in the order they appear. Empty when the document is not
   * valid JSON, lacks {@code data.values}, or holds no numeric weight: nilearn treats all of these
   * as "no words". Non-numeric weights are skipped.
   */
  public static Optional<Map<String, Double>> parse(byte[] document) {
    try {
      return fromTree(Json.MAPPER.readTree(document));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Same as {@link #parse(byte[])} for an already parsed document. */
  public static Optional<Map<String, Double>> fromTree(JsonNode document) {
    JsonNode values = document == null ? null : document.path("data").path("values");
    if (values == null || !values.isObject()) {
      return Optional.empty();
    }
    Map<String, Double> weights = new LinkedHashMap<>();
    values
        .properties()
        .forEach(
            field -> {
              if (field.getValue().isNumber()) {
                weights.put(field.getKey(), field.getValue().doubleValue());
              }
            });
    return weights.isEmpty() ? Optional.empty() : Optional.of(Collections.unmodifiableMap(weights));
  }
}
