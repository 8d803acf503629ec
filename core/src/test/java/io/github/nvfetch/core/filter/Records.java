package io.github.nvfetch.core.filter;

import io.github.nvfetch.core.ImageMeta;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds metadata records for filter tests from key/value pairs, as nilearn's tests use dicts.
 * Records need an {@code id}, so one is added (last) when the pairs have none; size-based
 * predicates in the tests count it.
 */
final class Records {

  private Records() {}

  /** A record with these fields, plus {@code "id": 1} unless given. */
  static ImageMeta record(Object... keyValues) {
    if (keyValues.length % 2 != 0) {
      throw new IllegalArgumentException("pairs expected: " + Arrays.toString(keyValues));
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      fields.put((String) keyValues[i], keyValues[i + 1]);
    }
    fields.putIfAbsent("id", 1L);
    return ImageMeta.fromMap(fields);
  }
}
