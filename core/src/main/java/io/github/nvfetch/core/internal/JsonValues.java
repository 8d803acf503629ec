package io.github.nvfetch.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts Jackson trees to plain, immutable Java values and back.
 *
 * <p>JSON {@code null} becomes {@code null}; booleans become {@link Boolean}; integral numbers
 * become {@link Long} (or {@link BigInteger} when too large); other numbers become {@link Double};
 * strings stay {@link String}; arrays become unmodifiable {@link List}s and objects unmodifiable,
 * insertion-ordered {@link Map}s.
 */
public final class JsonValues {

  private JsonValues() {}

  /** Converts one JSON node to a plain Java value. */
  public static Object toJava(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isIntegralNumber()) {
      return node.canConvertToLong() ? (Object) node.longValue() : node.bigIntegerValue();
    }
    if (node.isNumber()) {
      return node.doubleValue();
    }
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isArray()) {
      List<Object> items = new ArrayList<>(node.size());
      node.forEach(child -> items.add(toJava(child)));
      return Collections.unmodifiableList(items);
    }
    if (node.isObject()) {
      return toJavaMap(node);
    }
    return node.asText();
  }

  /** Converts a JSON object to an unmodifiable, insertion-ordered map of plain values. */
  public static Map<String, Object> toJavaMap(JsonNode object) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : object.properties()) {
      map.put(field.getKey(), toJava(field.getValue()));
    }
    return Collections.unmodifiableMap(map);
  }

  /** Converts a plain Java value (as produced by {@link #toJava}) back to a JSON node. */
  public static JsonNode toJson(Object value) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (value == null) {
      return f.nullNode();
    }
    if (value instanceof JsonNode) {
      return ((JsonNode) value).deepCopy();
    }
    if (value instanceof Boolean) {
      return f.booleanNode((Boolean) value);
    }
    if (value instanceof Long
        || value instanceof Integer
        || value instanceof Short
        || value instanceof Byte) {
      return f.numberNode(((Number) value).longValue());
    }
    if (value instanceof BigInteger) {
      return f.numberNode((BigInteger) value);
    }
    if (value instanceof BigDecimal) {
      return f.numberNode((BigDecimal) value);
    }
    if (value instanceof Number) {
      return f.numberNode(((Number) value).doubleValue());
    }
    if (value instanceof List) {
      var array = f.arrayNode();
      ((List<?>) value).forEach(item -> array.add(toJson(item)));
      return array;
    }
    if (value instanceof Map) {
      var object = f.objectNode();
      ((Map<?, ?>) value).forEach((k, v) -> object.set(String.valueOf(k), toJson(v)));
      return object;
    }
    return f.textNode(String.valueOf(value));
  }
}
