package io.github.nvfetch.core.filter;

/**
 * nilearn's {@code LessThan(bound)}: matches a value that, once cast to the bound's type, is
 * strictly less than the bound (Python {@code type(bound)(value) < bound}).
 *
 * <p>The cast follows Python: an integer bound truncates floats ({@code int(3.9) == 3}) and parses
 * integer strings ({@code "5"}); a float bound parses {@code "1e3"} and reads {@code true} as 1.0;
 * a string bound turns everything into text ({@code null} becomes {@code "None"}) and compares
 * lexicographically, which is how ISO dates compare; a boolean bound uses truthiness. A value that
 * cannot be cast (a missing key with a number bound, {@code "a"} with an integer bound, NaN) does
 * not match.
 *
 * <p>Immutable. Its repr is nilearn's, e.g. {@code LessThan(7)}.
 */
public final class LessThan extends OrderComparison {

  private LessThan(Comparable<?> bound) {
    super(bound);
  }

  /**
   * Creates the matcher.
   *
   * @param bound a String, a Number or a Boolean; Integer/Float are normalized to Long/Double
   * @throws IllegalArgumentException for any other bound type
   * @throws NullPointerException for a null bound
   */
  public static LessThan of(Comparable<?> bound) {
    return new LessThan(bound);
  }

  @Override
  boolean accepts(int sign) {
    return sign < 0;
  }
}
