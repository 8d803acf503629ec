package io.github.nvfetch.core.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * nilearn's {@code _remove_none_strings}: a top-level string value becomes {@code null} when it is
 * empty, {@code na} or {@code n/a} (any case), or starts with {@code none} or {@code null} (any
 * case). Nested values are left untouched.
 */
public final class NullLikeStrings {

  private static final Pattern NULL_LIKE =
      Pattern.compile("($|n/?a$|none|null)", Pattern.CASE_INSENSITIVE);

  private NullLikeStrings() {}

  /** True when nilearn would replace this string by {@code None}. */
  public static boolean isNullLike(String value) {
    return NULL_LIKE.matcher(value).lookingAt();
  }

  /** Returns a copy of the map with null-like top-level strings replaced by {@code null}. */
  public static Map<String, Object> normalize(Map<String, Object> raw) {
    Map<String, Object> out = new LinkedHashMap<>(raw.size() * 2);
    raw.forEach((k, v) -> out.put(k, v instanceof String && isNullLike((String) v) ? null : v));
    return Collections.unmodifiableMap(out);
  }
}
