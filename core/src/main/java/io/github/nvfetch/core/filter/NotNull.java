package io.github.nvfetch.core.filter;

import io.github.nvfetch.core.internal.PythonValues;
import java.util.List;

/**
 * nilearn's {@code NotNull()}: matches any truthy value (Python {@code bool(value)}): anything but
 * {@code null} (or a missing key), {@code false}, {@code 0}, {@code 0.0}, {@code ""} and empty
 * lists or maps.
 *
 * <p>Immutable. Its repr is {@code NotNull()}.
 */
public final class NotNull extends SpecialValue {

  private NotNull() {}

  /** Creates the matcher. */
  public static NotNull of() {
    return new NotNull();
  }

  @Override
  public boolean matches(Object value) {
    return PythonValues.isTruthy(value);
  }

  @Override
  List<Object> arguments() {
    return List.of();
  }

  /** nilearn's repr: {@code NotNull()}. */
  @Override
  public String toString() {
    return "NotNull()";
  }
}
