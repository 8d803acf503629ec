package io.github.nvfetch.core.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The casts of nilearn's order comparisons ({@code GreaterThan} and friends): the candidate is
 * converted with {@code type(bound)}, that is Python's {@code int()}, {@code float()}, {@code
 * str()} or {@code bool()}, then compared with the bound. Where Python raises, the comparison has
 * no result.
 */
public final class PythonCasts {

  private static final String DIGITS = "\\p{Nd}(?:_?\\p{Nd})*";
  private static final Pattern INT_LITERAL = Pattern.compile("[+-]?" + DIGITS);
  private static final Pattern FLOAT_LITERAL =
      Pattern.compile(
          "[+-]?(?:(?:"
              + DIGITS
              + ")?\\."
              + DIGITS
              + "|"
              + DIGITS
              + "\\.?)(?:[eE][+-]?"
              + DIGITS
              + ")?");
  private static final Pattern FLOAT_SPECIAL =
      Pattern.compile("([+-]?)(inf|infinity|nan)", Pattern.CASE_INSENSITIVE);

  private PythonCasts() {}

  /** True for the bound types an order comparison supports: str, int, float and bool. */
  public static boolean isSupportedBound(Object bound) {
    return bound instanceof String
        || bound instanceof Boolean
        || bound instanceof Long
        || bound instanceof BigInteger
        || bound instanceof Double;
  }

  /**
   * Compares {@code type(bound)(candidate)} with {@code bound}.
   *
   * @param candidate the metadata value ({@code null} for a missing key)
   * @param bound a normalized bound: String, Boolean, Long, BigInteger or Double
   * @return the sign of the comparison (negative: the cast candidate is smaller), or empty when
   *     Python would raise or the values are unordered (NaN)
   */
  public static OptionalInt compareToBound(Object candidate, Object bound) {
    if (bound instanceof String) {
      return OptionalInt.of(
          Integer.signum(compareCodePoints(PythonRepr.str(candidate), (String) bound)));
    }
    if (bound instanceof Boolean) {
      return OptionalInt.of(Boolean.compare(PythonValues.isTruthy(candidate), (Boolean) bound));
    }
    if (bound instanceof Double) {
      OptionalDouble cast = toFloat(candidate);
      return cast.isPresent()
          ? compareDoubles(cast.getAsDouble(), (Double) bound)
          : OptionalInt.empty();
    }
    if (bound instanceof Long || bound instanceof BigInteger) {
      BigInteger limit = PythonValues.exactDecimal((Number) bound).toBigInteger();
      return toInt(candidate)
          .map(value -> OptionalInt.of(value.compareTo(limit)))
          .orElse(OptionalInt.empty());
    }
    return OptionalInt.empty();
  }

  private static OptionalInt compareDoubles(double left, double right) {
    if (left < right) {
      return OptionalInt.of(-1);
    }
    if (left > right) {
      return OptionalInt.of(1);
    }
    return left == right ? OptionalInt.of(0) : OptionalInt.empty();
  }

  /** Python compares strings by code point. */
  private static int compareCodePoints(String left, String right) {
    int i = 0;
    int j = 0;
    while (i < left.length() && j < right.length()) {
      int a = left.codePointAt(i);
      int b = right.codePointAt(j);
      if (a != b) {
        return Integer.compare(a, b);
      }
      i += Character.charCount(a);
      j += Character.charCount(b);
    }
    return Boolean.compare(i < left.length(), j < right.length());
  }

  /**
   * Python {@code int(value)}: booleans are 0/1, floats truncate toward zero, strings must be an
   * integer literal (surrounding whitespace, a sign and digit-separating underscores allowed).
   */
  public static Optional<BigInteger> toInt(Object value) {
    if (value instanceof Boolean || value instanceof Number) {
      Number number = PythonValues.asNumber(value);
      if (PythonValues.isFloating(number) && !Double.isFinite(number.doubleValue())) {
        return Optional.empty();
      }
      return Optional.of(PythonValues.exactDecimal(number).toBigInteger());
    }
    if (value instanceof String) {
      String text = ((String) value).strip();
      return INT_LITERAL.matcher(text).matches()
          ? Optional.of(new BigInteger(text.replace("_", "")))
          : Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * Python {@code float(value)}: booleans are 0.0/1.0, ints convert (too large: error), strings
   * must be a float literal or {@code inf}/{@code infinity}/{@code nan} with an optional sign.
   */
  public static OptionalDouble toFloat(Object value) {
    if (value instanceof Boolean || value instanceof Number) {
      Number number = PythonValues.asNumber(value);
      double converted =
          number instanceof BigDecimal || PythonValues.isIntegral(number)
              ? PythonValues.exactDecimal(number).doubleValue()
              : number.doubleValue();
      boolean overflow = Double.isInfinite(converted) && !PythonValues.isFloating(number);
      return overflow ? OptionalDouble.empty() : OptionalDouble.of(converted);
    }
    if (value instanceof String) {
      return parseFloat(((String) value).strip());
    }
    return OptionalDouble.empty();
  }

  private static OptionalDouble parseFloat(String text) {
    var special = FLOAT_SPECIAL.matcher(text);
    if (special.matches()) {
      boolean negative = "-".equals(special.group(1));
      double magnitude =
          special.group(2).equalsIgnoreCase("nan") ? Double.NaN : Double.POSITIVE_INFINITY;
      return OptionalDouble.of(negative ? -magnitude : magnitude);
    }
    if (!FLOAT_LITERAL.matcher(text).matches()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(Double.parseDouble(asciiDigits(text.replace("_", ""))));
  }

  private static String asciiDigits(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp ->
                out.appendCodePoint(
                    Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER
                        ? '0' + Character.digit(cp, 10)
                        : cp));
    return out.toString();
  }
}
