package io.github.nvfetch.core.filter;

import io.github.nvfetch.core.internal.PythonValues;
import java.util.List;

/**
 * nilearn's {@code IsNull()}: matches any falsy value (Python {@code not bool(value)}): {@code
 * null} (also a missing key), {@code false}, {@code 0}, {@code 0.0}, {@code ""}, an empty list or
 * map. Note that nilearn's {@code IsNull() == IsNull()} is false: a matcher is truthy.
 *
 * <p>Immutable. Its repr is {@code IsNull()}.
 */
public final class IsNull extends SpecialValue {

  private IsNull() {}

  /** Creates the matcher. */
  public static IsNull of() {
    return new IsNull();
  }

  @Override
  public boolean matches(Object value) {
    return !PythonValues.isTruthy(value);
  }

  @Override
  List<Object> arguments() {
    return List.of();
  }

  /** nilearn's repr: {@code IsNull()}. */
  @Override
  public String toString() {
    return "IsNull()";
  }
}
