package io.github.nvfetch.testkit.internal.http;

/**
 * The request target as received, split into raw (still percent-encoded) path and query.
 *
 * @param raw the request target as received (origin form), e.g. {@code /api/images/?limit=2}
 * @param path the raw path
 * @param query the raw query without {@code ?}, or null when there is no {@code ?}
 */
public record RequestTarget(String raw, String path, String query) {

  /** Parses an origin-form or absolute-form request target, dropping any fragment. */
  public static RequestTarget parse(String uri) {
    String s = uri == null || uri.isEmpty() ? "/" : uri;
    int scheme = s.indexOf("://");
    if (scheme > 0 && scheme < s.indexOf('/')) {
      int slash = s.indexOf('/', scheme + 3);
      s = slash < 0 ? "/" : s.substring(slash);
    }
    int hash = s.indexOf('#');
    if (hash >= 0) {
      s = s.substring(0, hash);
    }
    int q = s.indexOf('?');
    return q < 0
        ? new RequestTarget(s, s, null)
        : new RequestTarget(s, s.substring(0, q), s.substring(q + 1));
  }

  /**
   * The path followed by {@code ?query} when there was a query (as Django's {@code get_full_path}).
   */
  public String pathAndQuery() {
    return query == null || query.isEmpty() ? path : path + "?" + query;
  }
}
