package io.github.nvfetch.core.filter;

import io.github.nvfetch.core.internal.PythonValues;
import java.util.Collection;
import java.util.List;

/**
 * nilearn's {@code NotContains(*items)}: matches a container (string, list or map) that holds none
 * of the items, with Python's {@code in}. A non-container (a number, {@code null}, a missing key)
 * never matches, and neither does a string searched for a non-string item (Python raises {@code
 * TypeError}).
 *
 * <p>Immutable. Its repr is nilearn's: the class name and a Python tuple, e.g. {@code
 * NotContains('ab',)}.
 */
public final class NotContains extends SpecialValue {

  private final List<Object> forbidden;

  private NotContains(List<Object> forbidden) {
    this.forbidden = forbidden;
  }

  /**
   * Creates the matcher.
   *
   * @param forbidden the values; Integer/Float are normalized to Long/Double
   * @throws IllegalArgumentException for a value outside the metadata value model
   */
  public static NotContains of(Object... forbidden) {
    return new NotContains(ValueList.ofArray(forbidden));
  }

  /**
   * Creates the matcher from a collection of values, in iteration order.
   *
   * @param forbidden the values; Integer/Float are normalized to Long/Double
   * @throws IllegalArgumentException for a value outside the metadata value model
   */
  public static NotContains ofAll(Collection<?> forbidden) {
    return new NotContains(ValueList.ofCollection(forbidden));
  }

  /** The values, normalized and unmodifiable. */
  public List<Object> forbidden() {
    return forbidden;
  }

  @Override
  public boolean matches(Object value) {
    return PythonValues.isContainer(value) && Containment.none(value, forbidden);
  }

  @Override
  List<Object> arguments() {
    return forbidden;
  }

  /** nilearn's repr, e.g. {@code NotContains('ab',)}. */
  @Override
  public String toString() {
    return tupleRepr(forbidden);
  }
}
