package io.github.nvfetch.report.internal.html;

import java.util.Locale;

/**
 * HTML text helpers. Every piece of server-provided or user-provided text goes through {@link
 * #text}: NeuroVault records are hostile input (names with markup, quotes, control characters), and
 * the page must show them as text, never run them.
 */
public final class Html {

  private Html() {}

  /**
   * Escapes text for element content and quoted attribute values: {@code & < > " '}, and drops
   * control characters other than tab and newline (and lone surrogates), which HTML forbids.
   */
  public static String text(String raw) {
    StringBuilder out = new StringBuilder(raw.length() + 16);
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> appendSafe(out, raw, i, c);
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < raw.length()
          && Character.isLowSurrogate(raw.charAt(i + 1))) {
        out.append(raw.charAt(++i));
      }
    }
    return out.toString();
  }

  private static void appendSafe(StringBuilder out, String raw, int i, char c) {
    if (c == '\t' || c == '\n') {
      out.append(c);
    } else if (c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0xfffe || c == 0xffff) {
      out.append('\ufffd');
    } else if (Character.isHighSurrogate(c)) {
      boolean paired = i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1));
      out.append(paired ? c : '\ufffd');
    } else if (Character.isLowSurrogate(c)) {
      out.append('\ufffd');
    } else {
      out.append(c);
    }
  }

  /** A number with up to three significant digits, e.g. {@code 3.14}, {@code 1.20e+03}. */
  public static String number(double value) {
    if (value == 0) {
      return "0";
    }
    double magnitude = Math.abs(value);
    if (magnitude >= 0.01 && magnitude < 1000) {
      String text = String.format(Locale.ROOT, "%.3g", value);
      return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
    }
    return String.format(Locale.ROOT, "%.2e", value);
  }
}
