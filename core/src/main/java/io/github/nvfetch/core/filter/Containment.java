package io.github.nvfetch.core.filter;

import io.github.nvfetch.core.internal.PythonTypeError;
import io.github.nvfetch.core.internal.PythonValues;
import java.util.List;

/** Python {@code in} over several items, where a {@code TypeError} means "no match". */
final class Containment {

  private Containment() {}

  /** {@code all(item in container for item in items)}; false when Python would raise. */
  static boolean all(Object container, List<Object> items) {
    try {
      return items.stream().allMatch(item -> PythonValues.contains(container, item));
    } catch (PythonTypeError e) {
      return false;
    }
  }

  /** {@code all(item not in container for item in items)}; false when Python would raise. */
  static boolean none(Object container, List<Object> items) {
    try {
      return items.stream().noneMatch(item -> PythonValues.contains(container, item));
    } catch (PythonTypeError e) {
      return false;
    }
  }
}
