package io.github.nvfetch.core.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Python's {@code repr()} and {@code str()} of plain values, as used by nilearn's special-value
 * reprs ({@code IsIn(0, 1)}, {@code NotEqual('a')}) and by {@code str(x)} casts of order
 * comparisons with a string bound.
 */
public final class PythonRepr {

  private static final int MAX_SIGNIFICANT_DIGITS = 17;
  private static final int SMALLEST_FIXED_DECIMAL_POINT = -3;
  private static final int LARGEST_FIXED_DECIMAL_POINT = 16;

  private PythonRepr() {}

  /** Python {@code str(value)}: a string is itself, anything else is its repr. */
  public static String str(Object value) {
    return value instanceof String ? (String) value : repr(value);
  }

  /** Python {@code repr(value)}. Matchers render as their own {@code toString()}. */
  public static String repr(Object value) {
    if (value == null) {
      return "None";
    }
    if (value instanceof Boolean) {
      return (Boolean) value ? "True" : "False";
    }
    if (value instanceof String) {
      return reprString((String) value);
    }
    if (value instanceof Number) {
      return reprNumber((Number) value);
    }
    if (value instanceof List) {
      return join("[", (List<?>) value, "]");
    }
    if (value instanceof Map) {
      return reprMap((Map<?, ?>) value);
    }
    return value.toString();
  }

  /** Python {@code repr(tuple(values))}: {@code ()}, {@code ('a',)}, {@code (0, 1)}. */
  public static String reprTuple(List<?> values) {
    return values.size() == 1 ? "(" + repr(values.get(0)) + ",)" : join("(", values, ")");
  }

  private static String join(String open, List<?> values, String close) {
    StringJoiner joiner = new StringJoiner(", ", open, close);
    values.forEach(v -> joiner.add(repr(v)));
    return joiner.toString();
  }

  private static String reprMap(Map<?, ?> map) {
    StringJoiner joiner = new StringJoiner(", ", "{", "}");
    map.forEach((k, v) -> joiner.add(repr(k) + ": " + repr(v)));
    return joiner.toString();
  }

  private static String reprNumber(Number number) {
    if (PythonValues.isFloating(number) || number instanceof BigDecimal) {
      return reprFloat(number.doubleValue());
    }
    return PythonValues.exactDecimal(number).toBigInteger().toString();
  }

  /**
   * Python {@code repr(float)}: the shortest digits that read back as the same double, in fixed
   * notation when the decimal exponent is in [-4, 16), else in scientific notation ({@code 1e+16},
   * {@code 1e-05}).
   */
  public static String reprFloat(double value) {
    if (Double.isNaN(value)) {
      return "nan";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    String sign = (value < 0 || 1 / value < 0) ? "-" : "";
    if (value == 0) {
      return sign + "0.0";
    }
    BigDecimal shortest = shortestRoundTrip(Math.abs(value));
    String digits = shortest.unscaledValue().toString();
    int decimalPoint = digits.length() - shortest.scale();
    boolean fixed =
        decimalPoint >= SMALLEST_FIXED_DECIMAL_POINT && decimalPoint <= LARGEST_FIXED_DECIMAL_POINT;
    return sign
        + (fixed ? fixedNotation(digits, decimalPoint) : scientificNotation(digits, decimalPoint));
  }

  private static BigDecimal shortestRoundTrip(double positive) {
    BigDecimal exact = new BigDecimal(positive);
    for (int precision = 1; precision < MAX_SIGNIFICANT_DIGITS; precision++) {
      BigDecimal rounded = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
      if (rounded.doubleValue() == positive) {
        return rounded.stripTrailingZeros();
      }
    }
    return exact
        .round(new MathContext(MAX_SIGNIFICANT_DIGITS, RoundingMode.HALF_EVEN))
        .stripTrailingZeros();
  }

  private static String fixedNotation(String digits, int decimalPoint) {
    if (decimalPoint <= 0) {
      return "0." + "0".repeat(-decimalPoint) + digits;
    }
    if (decimalPoint >= digits.length()) {
      return digits + "0".repeat(decimalPoint - digits.length()) + ".0";
    }
    return digits.substring(0, decimalPoint) + "." + digits.substring(decimalPoint);
  }

  private static String scientificNotation(String digits, int decimalPoint) {
    String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    int exponent = decimalPoint - 1;
    String magnitude = String.valueOf(Math.abs(exponent));
    return mantissa
        + "e"
        + (exponent < 0 ? "-" : "+")
        + (magnitude.length() < 2 ? "0" + magnitude : magnitude);
  }

  /** Python {@code repr(str)}: single quotes unless only double quotes avoid escaping. */
  public static String reprString(String text) {
    char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder out = new StringBuilder(text.length() + 2).append(quote);
    text.codePoints().forEach(cp -> appendEscaped(out, cp, quote));
    return out.append(quote).toString();
  }

  private static void appendEscaped(StringBuilder out, int codePoint, char quote) {
    if (codePoint == quote || codePoint == '\\') {
      out.append('\\').appendCodePoint(codePoint);
    } else if (codePoint == '\t') {
      out.append("\\t");
    } else if (codePoint == '\n') {
      out.append("\\n");
    } else if (codePoint == '\r') {
      out.append("\\r");
    } else if (isPrintable(codePoint)) {
      out.appendCodePoint(codePoint);
    } else if (codePoint <= 0xff) {
      out.append(String.format("\\x%02x", codePoint));
    } else if (codePoint <= 0xffff) {
      out.append(String.format("\\u%04x", codePoint));
    } else {
      out.append(String.format("\\U%08x", codePoint));
    }
  }

  /** Python's {@code str.isprintable()} for one code point. */
  private static boolean isPrintable(int codePoint) {
    if (codePoint == ' ') {
      return true;
    }
    switch (Character.getType(codePoint)) {
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.SURROGATE:
      case Character.PRIVATE_USE:
      case Character.UNASSIGNED:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
      case Character.SPACE_SEPARATOR:
        return false;
      default:
        return true;
    }
  }
}
