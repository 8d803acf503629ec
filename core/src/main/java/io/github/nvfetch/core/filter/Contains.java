package io.github.nvfetch.core.filter;

import io.github.nvfetch.core.internal.PythonValues;
import java.util.Collection;
import java.util.List;

/**
 * nilearn's {@code Contains(*items)}: matches a container (string, list or map) that holds every
 * item, with Python's {@code in}: a substring for a string, an equal element for a list, a key for
 * a map. A non-container (a number, {@code null}, a missing key) never matches, and neither does a
 * string searched for a non-string item (Python raises {@code TypeError}).
 *
 * <p>Immutable. Its repr is nilearn's: the class name and a Python tuple, e.g. {@code Contains('a',
 * 0)}.
 */
public final class Contains extends SpecialValue {

  private final List<Object> required;

  private Contains(List<Object> required) {
    this.required = required;
  }

  /**
   * Creates the matcher.
   *
   * @param required the values; Integer/Float are normalized to Long/Double
   * @throws IllegalArgumentException for a value outside the metadata value model
   */
  public static Contains of(Object... required) {
    return new Contains(ValueList.ofArray(required));
  }

  /**
   * Creates the matcher from a collection of values, in iteration order.
   *
   * @param required the values; Integer/Float are normalized to Long/Double
   * @throws IllegalArgumentException for a value outside the metadata value model
   */
  public static Contains ofAll(Collection<?> required) {
    return new Contains(ValueList.ofCollection(required));
  }

  /** The values, normalized and unmodifiable. */
  public List<Object> required() {
    return required;
  }

  @Override
  public boolean matches(Object value) {
    return PythonValues.isContainer(value) && Containment.all(value, required);
  }

  @Override
  List<Object> arguments() {
    return required;
  }

  /** nilearn's repr, e.g. {@code Contains('a', 0)}. */
  @Override
  public String toString() {
    return tupleRepr(required);
  }
}
