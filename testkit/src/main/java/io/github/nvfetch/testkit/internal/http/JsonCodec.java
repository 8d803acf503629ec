package io.github.nvfetch.testkit.internal.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * Compact JSON as DRF writes it (no spaces, raw UTF-8, keys in insertion order), including the
 * hostile deep record.
 */
public final class JsonCodec {

  /** The replica's mapper: compact, raw UTF-8, deep nesting allowed for writing hostile records. */
  public static final ObjectMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamWriteConstraints(
                      StreamWriteConstraints.builder().maxNestingDepth(5000).build())
                  .build())
          .build();

  private JsonCodec() {}

  /** Writes one JSON value. */
  public static byte[] write(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes a DRF page envelope, generating the records one by one.
   *
   * @param count total count
   * @param next next link or null
   * @param previous previous link or null
   * @param results the records, produced lazily
   * @return {@code {"count":..,"next":..,"previous":..,"results":[..]}}
   */
  public static byte[] page(
      long count, String next, String previous, Iterator<ObjectNode> results) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8 * 1024);
    try (JsonGenerator g = MAPPER.createGenerator(out)) {
      g.writeStartObject();
      g.writeNumberField("count", count);
      g.writeStringField("next", next);
      g.writeStringField("previous", previous);
      g.writeArrayFieldStart("results");
      while (results.hasNext()) {
        MAPPER.writeTree(g, results.next());
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
