package io.github.nvfetch.core.internal;

import io.github.nvfetch.core.filter.ValueMatcher;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Normalizes the values a user gives to terms and matchers to the value model of the metadata
 * ({@code null}, {@link Boolean}, {@link Long}, {@link BigInteger}, {@link Double}, {@link String},
 * unmodifiable {@link List} and {@link Map}) or keeps them when they are {@link ValueMatcher}s.
 *
 * <p>Normalizing makes terms deeply immutable and makes Java equality of equal-looking terms
 * independent of the boxed type used ({@code 7} and {@code 7L} give the same term).
 */
public final class TermValues {

  private TermValues() {}

  /**
   * Returns the normalized form of a term value.
   *
   * @throws IllegalArgumentException for a type outside the value model (a date, an array, ...)
   */
  public static Object normalize(Object value) {
    if (value == null
        || value instanceof Boolean
        || value instanceof String
        || value instanceof ValueMatcher
        || value instanceof Long
        || value instanceof Double) {
      return value;
    }
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof BigInteger) {
      return normalizeBigInteger((BigInteger) value);
    }
    if (value instanceof Float) {
      return Double.parseDouble(value.toString());
    }
    if (value instanceof BigDecimal) {
      return ((BigDecimal) value).doubleValue();
    }
    if (value instanceof List) {
      return normalizeList((List<?>) value);
    }
    if (value instanceof Map) {
      return normalizeMap((Map<?, ?>) value);
    }
    throw new IllegalArgumentException(
        "unsupported term value type "
            + value.getClass().getName()
            + "; use null, a Boolean, a Number, a String, a List, a Map or a ValueMatcher");
  }

  /** Normalizes every value of a list (e.g. the arguments of {@code IsIn}); keeps nulls. */
  public static List<Object> normalizeList(List<?> values) {
    List<Object> copy = new ArrayList<>(values.size());
    for (Object value : values) {
      copy.add(normalize(value));
    }
    return Collections.unmodifiableList(copy);
  }

  private static Map<Object, Object> normalizeMap(Map<?, ?> values) {
    Map<Object, Object> copy = new LinkedHashMap<>();
    values.forEach((key, value) -> copy.put(normalize(key), normalize(value)));
    return Collections.unmodifiableMap(copy);
  }

  private static Object normalizeBigInteger(BigInteger value) {
    return value.bitLength() < Long.SIZE ? (Object) value.longValue() : value;
  }
}
