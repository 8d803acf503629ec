package io.github.nvfetch.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.nvfetch.core.Mode;
import io.github.nvfetch.core.RequestFormatException;
import io.github.nvfetch.core.volume.Interpolation;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Typed readers for the members of a JSON request, failing with the member's path. */
final class JsonFields {

  private JsonFields() {}

  /** Fails unless the node is a JSON object. */
  static void requireObject(JsonNode node, String path, String what) {
    if (node == null || !node.isObject()) {
      throw new RequestFormatException(
          path, what + " must be a JSON object, found " + describe(node));
    }
  }

  /** A JSON boolean. */
  static boolean bool(JsonNode node, String path) {
    if (!node.isBoolean()) {
      throw new RequestFormatException(path, "must be true or false, found " + describe(node));
    }
    return node.booleanValue();
  }

  /** An interpolation name, as {@link Interpolation#ofNilearnName(String)} reads it. */
  static Interpolation interpolation(JsonNode node, String path) {
    if (!node.isTextual()) {
      throw new RequestFormatException(path, "must be a string, found " + describe(node));
    }
    try {
      return Interpolation.ofNilearnName(node.textValue());
    } catch (IllegalArgumentException e) {
      throw new RequestFormatException(path, e.getMessage(), e);
    }
  }

  /** A mode name, as {@link Mode#parse(String)} reads it. */
  static Mode mode(JsonNode node, String path) {
    if (!node.isTextual()) {
      throw new RequestFormatException(path, "must be a string, found " + describe(node));
    }
    try {
      return Mode.parse(node.textValue());
    } catch (IllegalArgumentException e) {
      throw new RequestFormatException(path, e.getMessage(), e);
    }
  }

  /** A non-empty path string; {@code null} for JSON null (the default directory). */
  static Path dataDir(JsonNode node, String path) {
    if (node.isNull()) {
      return null;
    }
    if (!node.isTextual() || node.textValue().isEmpty()) {
      throw new RequestFormatException(
          path, "must be a non-empty path string, found " + describe(node));
    }
    try {
      return Path.of(node.textValue());
    } catch (InvalidPathException e) {
      throw new RequestFormatException(path, "is not a valid path: " + e.getMessage(), e);
    }
  }

  /** {@code max_images}: an integer, or {@code null} for no limit. */
  static Integer maxImages(JsonNode node, String path) {
    if (node.isNull()) {
      return null;
    }
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      throw new RequestFormatException(path, "must be an integer or null, found " + describe(node));
    }
    return node.intValue();
  }

  /** A list of positive integer ids; JSON null means none. */
  static long[] positiveIds(JsonNode node, String path) {
    if (node.isNull()) {
      return new long[0];
    }
    if (!node.isArray()) {
      throw new RequestFormatException(path, "must be an array of ids, found " + describe(node));
    }
    long[] ids = new long[node.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = positiveId(node.get(i), JsonPath.element(path, i));
    }
    return ids;
  }

  private static long positiveId(JsonNode node, String path) {
    if (!node.isIntegralNumber() || !node.canConvertToLong() || node.longValue() <= 0) {
      throw new RequestFormatException(
          path, "an id must be a positive integer, found " + describe(node));
    }
    return node.longValue();
  }

  /** A JSON scalar as a plain value: null, Boolean, Long (or BigInteger), Double or String. */
  static Object scalar(JsonNode node, String path) {
    if (!node.isValueNode()) {
      throw new RequestFormatException(path, "must be a JSON scalar, found " + describe(node));
    }
    return JsonValues.toJava(node);
  }

  /** An order-comparison bound: a number, a string or a boolean. */
  static Comparable<?> bound(JsonNode node, String path) {
    if (!node.isNumber() && !node.isTextual() && !node.isBoolean()) {
      throw new RequestFormatException(
          path, "a bound must be a number, a string or a boolean, " + "found " + describe(node));
    }
    return (Comparable<?>) JsonValues.toJava(node);
  }

  /** An array of scalars. */
  static List<Object> scalars(JsonNode node, String path) {
    if (!node.isArray()) {
      throw new RequestFormatException(path, "must be an array, found " + describe(node));
    }
    List<Object> values = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      values.add(scalar(node.get(i), JsonPath.element(path, i)));
    }
    return values;
  }

  /** A short description of what was found, for error messages. */
  static String describe(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    String type = node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    return node.isContainerNode() ? type : type + " " + node;
  }
}
