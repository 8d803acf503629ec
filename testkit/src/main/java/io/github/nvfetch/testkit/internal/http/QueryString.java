package io.github.nvfetch.testkit.internal.http;

import io.github.nvfetch.testkit.internal.corpus.UrlEncoding;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed query string with Python/Django semantics: {@code parse_qs(keep_blank_values=True)}
 * (split on {@code &}, {@code +} is a space, UTF-8 percent-decoding), values grouped by key in
 * arrival order, {@code QueryDict[key]} = last value, and DRF's {@code replace_query_param}: {@code
 * urlencode(sorted(items), doseq=True)}. Immutable.
 */
public final class QueryString {

  private static final QueryString EMPTY = new QueryString(Map.of());

  private final Map<String, List<String>> values;

  private QueryString(Map<String, List<String>> values) {
    this.values = values;
  }

  /** Parses a raw query (null or empty gives an empty query). */
  public static QueryString parse(String raw) {
    if (raw == null || raw.isEmpty()) {
      return EMPTY;
    }
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      values.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }
    return new QueryString(values);
  }

  /** The last value of a key, as Django's {@code QueryDict.__getitem__}. */
  public Optional<String> last(String key) {
    List<String> list = values.get(key);
    return list == null ? Optional.empty() : Optional.of(list.get(list.size() - 1));
  }

  /** A copy with one key set to a single value. */
  public QueryString with(String key, String value) {
    Map<String, List<String>> copy = new LinkedHashMap<>(values);
    copy.put(key, List.of(value));
    return new QueryString(copy);
  }

  /** A copy without a key. */
  public QueryString without(String key) {
    Map<String, List<String>> copy = new LinkedHashMap<>(values);
    copy.remove(key);
    return new QueryString(copy);
  }

  /**
   * {@code urlencode(sorted(items), doseq=True)}: keys sorted by code point, {@code quote_plus}
   * encoding.
   */
  public String encodeSorted() {
    StringBuilder out = new StringBuilder();
    values.entrySet().stream()
        .sorted(Map.Entry.comparingByKey(QueryString::codePointOrder))
        .forEach(
            e -> {
              for (String v : e.getValue()) {
                out.append(out.length() == 0 ? "" : "&")
                    .append(UrlEncoding.quotePlus(e.getKey()))
                    .append('=')
                    .append(UrlEncoding.quotePlus(v));
              }
            });
    return out.toString();
  }

  private static int codePointOrder(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  /** Python's {@code unquote_plus} with UTF-8 and replacement of invalid sequences. */
  static String decode(String s) {
    if (s.indexOf('%') < 0 && s.indexOf('+') < 0) {
      return s;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
    int i = 0;
    while (i < s.length()) {
      int c = s.codePointAt(i);
      if (c == '+') {
        bytes.write(' ');
      } else if (c == '%' && isHex(s, i + 1) && isHex(s, i + 2)) {
        bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        bytes.writeBytes(new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8));
      }
      i += Character.charCount(c);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static boolean isHex(String s, int i) {
    return i < s.length() && Character.digit(s.charAt(i), 16) >= 0;
  }
}
