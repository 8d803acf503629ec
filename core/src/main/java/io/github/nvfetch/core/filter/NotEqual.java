package io.github.nvfetch.core.filter;

import io.github.nvfetch.core.internal.PythonValues;
import io.github.nvfetch.core.internal.TermValues;
import java.util.Collections;
import java.util.List;

/**
 * nilearn's {@code NotEqual(x)}: matches any value for which Python's {@code x == value} is false.
 * A missing key ({@code null}) therefore matches unless {@code x} is {@code null}; {@code 0} does
 * not match {@code NotEqual(false)} because {@code False == 0} in Python.
 *
 * <p>Immutable. Its repr is nilearn's, e.g. {@code NotEqual('a')}.
 */
public final class NotEqual extends SpecialValue {

  private final Object value;

  private NotEqual(Object value) {
    this.value = value;
  }

  /**
   * Creates the matcher.
   *
   * @param value the value to differ from; Integer/Float are normalized to Long/Double
   * @throws IllegalArgumentException for a value outside the metadata value model
   */
  public static NotEqual of(Object value) {
    return new NotEqual(TermValues.normalize(value));
  }

  /** The value a candidate must differ from. */
  public Object value() {
    return value;
  }

  @Override
  public boolean matches(Object candidate) {
    return !PythonValues.equal(value, candidate);
  }

  @Override
  List<Object> arguments() {
    return Collections.singletonList(value);
  }

  /** nilearn's repr, e.g. {@code NotEqual('atlas')}. */
  @Override
  public String toString() {
    return singleArgumentRepr(value);
  }
}
