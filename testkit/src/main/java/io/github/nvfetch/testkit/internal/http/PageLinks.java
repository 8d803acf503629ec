package io.github.nvfetch.testkit.internal.http;

/**
 * DRF's {@code next}/{@code previous} links: the absolute request URI with {@code limit} and {@code
 * offset} replaced and every query key sorted ({@code replace_query_param}/{@code
 * remove_query_param}).
 */
public final class PageLinks {

  private PageLinks() {}

  /**
   * The {@code next} link, or null when {@code offset + limit >= count}.
   *
   * @param base scheme and authority, e.g. {@code http://127.0.0.1:8080}
   * @param path the raw request path
   * @param query the request's query
   * @param page the effective page parameters
   * @param count the total count
   * @return the link or null
   */
  public static String next(
      String base, String path, QueryString query, PageParams page, long count) {
    if (page.offset() + page.limit() >= count) {
      return null;
    }
    QueryString q =
        query
            .with("limit", Integer.toString(page.limit()))
            .with("offset", Long.toString(page.offset() + page.limit()));
    return url(base, path, q);
  }

  /**
   * The {@code previous} link, or null when {@code offset <= 0}; {@code offset} is dropped when
   * {@code offset - limit <= 0}.
   *
   * @param base scheme and authority
   * @param path the raw request path
   * @param query the request's query
   * @param page the effective page parameters
   * @return the link or null
   */
  public static String previous(String base, String path, QueryString query, PageParams page) {
    if (page.offset() <= 0) {
      return null;
    }
    QueryString q = query.with("limit", Integer.toString(page.limit()));
    q =
        page.offset() - page.limit() <= 0
            ? q.without("offset")
            : q.with("offset", Long.toString(page.offset() - page.limit()));
    return url(base, path, q);
  }

  private static String url(String base, String path, QueryString query) {
    String encoded = query.encodeSorted();
    return base + path + (encoded.isEmpty() ? "" : "?" + encoded);
  }
}
