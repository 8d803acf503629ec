package io.github.nvfetch.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.nvfetch.core.InvalidMetadataException;

/** The one shared, preconfigured Jackson mapper of the SDK, and small helpers around it. */
public final class Json {

  /** Deepest nesting accepted in any document; deeper is treated as hostile. */
  public static final int MAX_NESTING_DEPTH = 64;

  /** Longest string value accepted in any document. */
  public static final int MAX_STRING_LENGTH = 5_000_000;

  /** Thread-safe shared mapper: lenient on unknown fields, strict on nesting depth. */
  public static final ObjectMapper MAPPER = newMapper();

  private Json() {}

  private static ObjectMapper newMapper() {
    JsonMapper mapper =
        JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    mapper
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .build());
    warmUp(mapper);
    return mapper;
  }

  /**
   * Builds and caches the tree deserializer now: Jackson builds it under a lock on first use, and
   * two network threads parsing their first documents at once would wait on that lock.
   */
  private static void warmUp(ObjectMapper mapper) {
    try {
      mapper.readTree("{\"warm\":[1,2.5,\"up\",true,null,{}]}");
    } catch (java.io.IOException e) {
      throw new IllegalStateException("the JSON mapper cannot read a constant document", e);
    }
  }

  /** Parses JSON text, reporting malformed input as {@link InvalidMetadataException}. */
  public static JsonNode readTree(String text, String what) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new InvalidMetadataException(what + " is not valid JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** Converts plain Java values to a JSON tree. */
  public static JsonNode toTree(Object value) {
    return JsonValues.toJson(value);
  }
}
