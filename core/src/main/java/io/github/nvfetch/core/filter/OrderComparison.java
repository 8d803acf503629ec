package io.github.nvfetch.core.filter;

import io.github.nvfetch.core.internal.PythonCasts;
import io.github.nvfetch.core.internal.TermValues;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * nilearn's {@code _OrderComp}: the candidate is cast with {@code type(bound)} ({@code int()},
 * {@code float()}, {@code str()} or {@code bool()}) and compared with the bound; a failing cast or
 * comparison does not match.
 */
abstract class OrderComparison extends SpecialValue {

  private final Object bound;

  OrderComparison(Comparable<?> bound) {
    Object normalized = TermValues.normalize(Objects.requireNonNull(bound, "bound"));
    if (!PythonCasts.isSupportedBound(normalized)) {
      throw new IllegalArgumentException(
          "an order comparison bound must be a String, a Number "
              + "or a Boolean, not "
              + bound.getClass().getName());
    }
    this.bound = normalized;
  }

  /** The bound, normalized: a String, Long, BigInteger, Double or Boolean. */
  public final Object bound() {
    return bound;
  }

  @Override
  public final boolean matches(Object value) {
    OptionalInt sign = PythonCasts.compareToBound(value, bound);
    return sign.isPresent() && accepts(sign.getAsInt());
  }

  /**
   * Decides from the sign of {@code compare(cast(value), bound)}.
   *
   * @param sign -1, 0 or 1
   */
  abstract boolean accepts(int sign);

  @Override
  final List<Object> arguments() {
    return List.of(bound);
  }

  /** nilearn's repr, e.g. {@code LessThan(7)} or {@code GreaterThan('abc')}. */
  @Override
  public final String toString() {
    return singleArgumentRepr(bound);
  }
}
