package io.github.nvfetch.core.filter;

import io.github.nvfetch.core.internal.PythonRepr;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Shared base of nilearn's special values: value-based Java equality over the class and the
 * constructor arguments, and nilearn's repr.
 */
abstract class SpecialValue implements ValueMatcher {

  /** The constructor arguments, normalized; compared by {@link #equals(Object)}. */
  abstract List<Object> arguments();

  /** nilearn's repr for a one-argument special value, e.g. {@code NotEqual('a')}. */
  final String singleArgumentRepr(Object argument) {
    return getClass().getSimpleName() + "(" + PythonRepr.repr(argument) + ")";
  }

  /** nilearn's repr for a varargs special value: the class name and a tuple, {@code IsIn(0, 1)}. */
  final String tupleRepr(List<?> values) {
    return getClass().getSimpleName() + PythonRepr.reprTuple(values);
  }

  // the exact class: two matchers of different kinds with the same arguments differ
  @SuppressWarnings("EqualsGetClass")
  @Override
  public final boolean equals(@Nullable Object other) {
    return other != null
        && other.getClass() == getClass()
        && arguments().equals(((SpecialValue) other).arguments());
  }

  @Override
  public final int hashCode() {
    return Objects.hash(getClass().getName(), arguments());
  }
}
