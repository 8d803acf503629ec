package io.github.nvfetch.testkit.internal.http;

import java.math.BigInteger;

/**
 * DRF 3.14 {@code LimitOffsetPagination} parameters with NeuroVault's {@code
 * StandardResultPagination}: limit default 100, capped at 1000, and missing, non-integer, 0 or
 * negative limits fall back to 100; missing, non-integer or negative offsets fall back to 0.
 *
 * @param limit the effective limit
 * @param offset the effective offset
 */
public record PageParams(int limit, long offset) {

  /** The default and fallback limit. */
  public static final int DEFAULT_LIMIT = 100;

  /** The largest limit. */
  public static final int MAX_LIMIT = 1000;

  /** Reads {@code limit} and {@code offset} from a query. */
  public static PageParams of(QueryString query) {
    int limit =
        query
            .last("limit")
            .map(PageParams::parseInt)
            .filter(v -> v.signum() > 0)
            .map(v -> v.min(BigInteger.valueOf(MAX_LIMIT)).intValue())
            .orElse(DEFAULT_LIMIT);
    long offset =
        query
            .last("offset")
            .map(PageParams::parseInt)
            .filter(v -> v.signum() >= 0)
            .map(v -> v.min(BigInteger.valueOf(Long.MAX_VALUE / 4)).longValue())
            .orElse(0L);
    return new PageParams(limit, offset);
  }

  /**
   * Python's {@code int(s)}: optional surrounding whitespace, optional sign, ASCII digits with
   * single underscores between them.
   */
  static BigInteger parseInt(String s) {
    String t = s.strip();
    if (!t.matches("[+-]?[0-9](_?[0-9])*")) {
      return null;
    }
    return new BigInteger(t.replace("_", ""));
  }
}
