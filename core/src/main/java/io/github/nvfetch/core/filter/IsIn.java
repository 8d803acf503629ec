package io.github.nvfetch.core.filter;

import io.github.nvfetch.core.internal.PythonValues;
import java.util.Collection;
import java.util.List;

/**
 * nilearn's {@code IsIn(*accepted)}: matches a value equal (Python {@code ==}) to one of the
 * accepted values, so {@code IsIn(0, 1)} matches {@code false} and {@code 1.0}.
 *
 * <p>Immutable. Its repr is nilearn's: the class name and a Python tuple, e.g. {@code IsIn(0, 1)}.
 */
public final class IsIn extends SpecialValue {

  private final List<Object> accepted;

  private IsIn(List<Object> accepted) {
    this.accepted = accepted;
  }

  /**
   * Creates the matcher.
   *
   * @param accepted the values; Integer/Float are normalized to Long/Double
   * @throws IllegalArgumentException for a value outside the metadata value model
   */
  public static IsIn of(Object... accepted) {
    return new IsIn(ValueList.ofArray(accepted));
  }

  /**
   * Creates the matcher from a collection of values, in iteration order.
   *
   * @param accepted the values; Integer/Float are normalized to Long/Double
   * @throws IllegalArgumentException for a value outside the metadata value model
   */
  public static IsIn ofAll(Collection<?> accepted) {
    return new IsIn(ValueList.ofCollection(accepted));
  }

  /** The values, normalized and unmodifiable. */
  public List<Object> accepted() {
    return accepted;
  }

  @Override
  public boolean matches(Object value) {
    return PythonValues.isAmong(value, accepted);
  }

  @Override
  List<Object> arguments() {
    return accepted;
  }

  /** nilearn's repr, e.g. {@code IsIn(0, 1)}. */
  @Override
  public String toString() {
    return tupleRepr(accepted);
  }
}
