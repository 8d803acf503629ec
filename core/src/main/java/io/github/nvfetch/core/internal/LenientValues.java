package io.github.nvfetch.core.internal;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Tolerant conversions used by the typed getters of the metadata model. Every conversion is total:
 * a value of any type (huge, non-finite, fractional, a string, a container) gives a value or empty,
 * never an exception, because the values come from the server.
 */
public final class LenientValues {

  /** Longer numeric strings are not numbers we read (and BigDecimal parsing is not linear). */
  private static final int MAX_NUMERIC_TEXT = 64;

  private LenientValues() {}

  /** An integer from a number without fraction or from a numeric string. */
  public static OptionalLong asLong(Object value) {
    if (value instanceof Long || value instanceof Integer || value instanceof Short) {
      return OptionalLong.of(((Number) value).longValue());
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      return Double.isFinite(d) ? integral(new BigDecimal(d)) : OptionalLong.empty();
    }
    if (value instanceof Number || value instanceof String) {
      return integral(value.toString().trim());
    }
    return OptionalLong.empty();
  }

  /** A non-negative integer (a size, a count), empty for anything else. */
  public static OptionalLong asNonNegativeLong(Object value) {
    OptionalLong parsed = asLong(value);
    return parsed.isPresent() && parsed.getAsLong() >= 0 ? parsed : OptionalLong.empty();
  }

  /** A positive integer (an id), empty for anything else. */
  public static OptionalLong asPositiveLong(Object value) {
    OptionalLong parsed = asLong(value);
    return parsed.isPresent() && parsed.getAsLong() > 0 ? parsed : OptionalLong.empty();
  }

  private static OptionalLong integral(String text) {
    if (text.isEmpty() || text.length() > MAX_NUMERIC_TEXT) {
      return OptionalLong.empty();
    }
    try {
      return integral(new BigDecimal(text));
    } catch (NumberFormatException | ArithmeticException e) {
      return OptionalLong.empty();
    }
  }

  private static OptionalLong integral(BigDecimal number) {
    if (number.precision() - number.scale() > 19) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(number.longValueExact());
    } catch (ArithmeticException e) {
      try {
        return OptionalLong.of(number.stripTrailingZeros().longValueExact());
      } catch (ArithmeticException notIntegral) {
        return OptionalLong.empty();
      }
    }
  }

  /** A double from any number or numeric string. */
  public static OptionalDouble asDouble(Object value) {
    if (value instanceof Number) {
      return OptionalDouble.of(((Number) value).doubleValue());
    }
    if (value instanceof String && ((String) value).length() <= MAX_NUMERIC_TEXT) {
      try {
        return OptionalDouble.of(Double.parseDouble(((String) value).trim()));
      } catch (NumberFormatException e) {
        return OptionalDouble.empty();
      }
    }
    return OptionalDouble.empty();
  }

  /** A boolean from a boolean, 0/1, or the strings true/false/1/0 (any case). */
  public static Optional<Boolean> asBoolean(Object value) {
    if (value instanceof Boolean) {
      return Optional.of((Boolean) value);
    }
    if (value instanceof Number) {
      double d = ((Number) value).doubleValue();
      return d == 0 ? Optional.of(false) : d == 1 ? Optional.of(true) : Optional.empty();
    }
    if (value instanceof String) {
      switch (((String) value).trim().toLowerCase(Locale.ROOT)) {
        case "true":
        case "1":
          return Optional.of(true);
        case "false":
        case "0":
          return Optional.of(false);
        default:
          return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
