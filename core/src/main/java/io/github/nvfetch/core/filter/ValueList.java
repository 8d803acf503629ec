package io.github.nvfetch.core.filter;

import io.github.nvfetch.core.internal.TermValues;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** Turns the varargs of nilearn's tuple-based special values into a normalized, immutable list. */
final class ValueList {

  private ValueList() {}

  /** Varargs as given; a lone {@code null} argument array means one {@code null} value. */
  static List<Object> ofArray(Object[] values) {
    return TermValues.normalizeList(
        values == null ? Collections.singletonList(null) : Arrays.asList(values));
  }

  /** A collection's values, in iteration order. */
  static List<Object> ofCollection(Collection<?> values) {
    return TermValues.normalizeList(new ArrayList<>(Objects.requireNonNull(values, "values")));
  }
}
