package io.github.nvfetch.core.filter;

import io.github.nvfetch.core.internal.PythonValues;
import java.util.Collection;
import java.util.List;

/**
 * nilearn's {@code NotIn(*rejected)}: matches a value equal (Python {@code ==}) to none of the
 * rejected values. A missing key ({@code null}) matches unless {@code null} is rejected.
 *
 * <p>Immutable. Its repr is nilearn's: the class name and a Python tuple, e.g. {@code
 * NotIn('ROI/mask', 'anatomical')}.
 */
public final class NotIn extends SpecialValue {

  private final List<Object> rejected;

  private NotIn(List<Object> rejected) {
    this.rejected = rejected;
  }

  /**
   * Creates the matcher.
   *
   * @param rejected the values; Integer/Float are normalized to Long/Double
   * @throws IllegalArgumentException for a value outside the metadata value model
   */
  public static NotIn of(Object... rejected) {
    return new NotIn(ValueList.ofArray(rejected));
  }

  /**
   * Creates the matcher from a collection of values, in iteration order.
   *
   * @param rejected the values; Integer/Float are normalized to Long/Double
   * @throws IllegalArgumentException for a value outside the metadata value model
   */
  public static NotIn ofAll(Collection<?> rejected) {
    return new NotIn(ValueList.ofCollection(rejected));
  }

  /** The values, normalized and unmodifiable. */
  public List<Object> rejected() {
    return rejected;
  }

  @Override
  public boolean matches(Object value) {
    return !PythonValues.isAmong(value, rejected);
  }

  @Override
  List<Object> arguments() {
    return rejected;
  }

  /** nilearn's repr, e.g. {@code NotIn('ROI/mask', 'anatomical')}. */
  @Override
  public String toString() {
    return tupleRepr(rejected);
  }
}
