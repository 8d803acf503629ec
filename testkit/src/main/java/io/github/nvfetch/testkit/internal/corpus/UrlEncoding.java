package io.github.nvfetch.testkit.internal.corpus;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding as Python's {@code urllib.parse.quote} (path, safe {@code /}) and {@code
 * quote_plus} do it.
 */
public final class UrlEncoding {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private UrlEncoding() {}

  /**
   * Python's {@code quote(s)}: keeps letters, digits, {@code _.-~} and {@code /}; encodes the rest
   * as UTF-8.
   */
  public static String quotePath(String s) {
    return encode(s, "/", false);
  }

  /** Python's {@code quote_plus(s)}: like quote with no safe char, spaces as {@code +}. */
  public static String quotePlus(String s) {
    return encode(s, "", true);
  }

  private static String encode(String s, String safe, boolean plusForSpace) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (isUnreserved(c) || safe.indexOf(c) >= 0) {
        out.append((char) c);
      } else if (c == ' ' && plusForSpace) {
        out.append('+');
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 15]);
      }
    }
    return out.toString();
  }

  private static boolean isUnreserved(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '_'
        || c == '.'
        || c == '-'
        || c == '~';
  }
}
