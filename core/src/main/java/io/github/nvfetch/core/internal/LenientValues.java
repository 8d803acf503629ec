package io.github.nvfetch.core.internal;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** Tolerant conversions used by the typed getters of the metadata model. */
public final class LenientValues {

  private LenientValues() {}

  /** An integer from a number without fraction or from a numeric string. */
  public static OptionalLong asLong(Object value) {
    if (value instanceof Long || value instanceof Integer || value instanceof Short) {
      return OptionalLong.of(((Number) value).longValue());
    }
    if (value instanceof Number) {
      return integral(new BigDecimal(value.toString()));
    }
    if (value instanceof String) {
      try {
        return integral(new BigDecimal(((String) value).trim()));
      } catch (NumberFormatException e) {
        return OptionalLong.empty();
      }
    }
    return OptionalLong.empty();
  }

  private static OptionalLong integral(BigDecimal number) {
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
    if (value instanceof String) {
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
