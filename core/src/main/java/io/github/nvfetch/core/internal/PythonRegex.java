package io.github.nvfetch.core.internal;

/**
 * Adapts Python {@code re} syntax to {@link java.util.regex.Pattern}: named groups
 * {@code (?P<name>...)}, named back-references {@code (?P=name)} and the end anchor {@code \Z}.
 * Everything else is passed through; the two dialects agree on the common syntax.
 */
public final class PythonRegex {

  private static final String NAMED_GROUP = "(?P<";
  private static final String NAMED_BACKREF = "(?P=";

  private PythonRegex() {}

  /** Rewrites the Python-only constructs of a pattern into their Java equivalents. */
  public static String toJava(String python) {
    StringBuilder out = new StringBuilder(python.length());
    int i = 0;
    while (i < python.length()) {
      i = copyToken(python, i, out);
    }
    return out.toString();
  }

  private static int copyToken(String python, int i, StringBuilder out) {
    char c = python.charAt(i);
    if (c == '\\' && i + 1 < python.length()) {
      char escaped = python.charAt(i + 1);
      out.append('\\').append(escaped == 'Z' ? 'z' : escaped);
      return i + 2;
    }
    if (python.startsWith(NAMED_GROUP, i)) {
      out.append("(?<");
      return i + NAMED_GROUP.length();
    }
    int close = python.indexOf(')', i);
    if (python.startsWith(NAMED_BACKREF, i) && close > 0) {
      out.append("\\k<").append(python, i + NAMED_BACKREF.length(), close).append('>');
      return close + 1;
    }
    out.append(c);
    return i + 1;
  }
}
