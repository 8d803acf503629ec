package io.github.nvfetch.core.filter;

/**
 * A term value with its own notion of equality: nilearn's "special values" ({@link IsNull}, {@link
 * NotIn}, {@link Pattern}, ...). In a {@link Terms} map a matcher replaces Python's {@code value ==
 * metadata.get(key)} test by {@link #matches(Object)}.
 *
 * <p>Implementations must be immutable and must never throw: a value a matcher cannot handle simply
 * does not match.
 */
public interface ValueMatcher {

  /**
   * Tells whether a metadata value satisfies this matcher (nilearn's {@code __eq__}).
   *
   * @param value what {@link io.github.nvfetch.core.Metadata#get(String)} returns: {@code null} for
   *     a missing or null-like field, a Boolean, Long, Double, BigInteger, String, or an
   *     unmodifiable List or Map. Another matcher is accepted too, with nilearn's semantics (used
   *     when term maps are compared, as nilearn's default-filter warning does).
   * @return true when the value matches
   */
  boolean matches(Object value);
}
