package io.github.nvfetch.core.internal.regex;

import io.github.nvfetch.core.filter.PatternSyntaxError;

/**
 * CPython's {@code re._parser.Tokenizer} over code points: the next token is one code point or a
 * backslash with the code point after it, and positions count code points, as Python's do.
 */
final class Tokenizer {

  private final String pattern;
  private final int[] codePoints;
  private int index;
  private String next;

  Tokenizer(String pattern) {
    this.pattern = pattern;
    this.codePoints = pattern.codePoints().toArray();
    advance();
  }

  private void advance() {
    if (index >= codePoints.length) {
      next = null;
      return;
    }
    StringBuilder token = new StringBuilder().appendCodePoint(codePoints[index]);
    if (codePoints[index] == '\\') {
      if (index + 1 >= codePoints.length) {
        throw error("bad escape (end of pattern)", codePoints.length - 1);
      }
      index++;
      token.appendCodePoint(codePoints[index]);
    }
    index++;
    next = token.toString();
  }

  /** The next token without consuming it; null at the end. */
  String peek() {
    return next;
  }

  /** True when the next token is a single code point among {@code chars}. */
  boolean nextIn(String chars) {
    return next != null && length(next) == 1 && chars.indexOf(next) >= 0;
  }

  /** Consumes the next token when it equals {@code token}. */
  boolean match(String token) {
    if (token.equals(next)) {
      advance();
      return true;
    }
    return false;
  }

  /** Consumes and returns the next token; null at the end. */
  String get() {
    String token = next;
    advance();
    return token;
  }

  /** Consumes up to {@code n} tokens that are single code points among {@code chars}. */
  String getWhile(int n, String chars) {
    StringBuilder result = new StringBuilder();
    for (int i = 0; i < n && nextIn(chars); i++) {
      result.append(get());
    }
    return result.toString();
  }

  /** Consumes a name up to {@code terminator}; Python's {@code getuntil}. */
  String getUntil(char terminator, String name) {
    StringBuilder result = new StringBuilder();
    while (true) {
      String c = get();
      if (c == null) {
        if (result.length() == 0) {
          throw error("missing " + name, 0);
        }
        throw error("missing " + terminator + ", unterminated name", length(result.toString()));
      }
      if (c.equals(String.valueOf(terminator))) {
        if (result.length() == 0) {
          throw error("missing " + name, 1);
        }
        return result.toString();
      }
      result.append(c);
    }
  }

  /** The position (in code points) of the next token. */
  int tell() {
    return index - (next == null ? 0 : length(next));
  }

  void seek(int position) {
    index = position;
    advance();
  }

  /** An {@code re.error} located {@code offset} code points before the next token. */
  PatternSyntaxError error(String message, int offset) {
    return at(message, tell() - offset);
  }

  /** An {@code re.error} at an absolute position, formatted as Python formats it. */
  PatternSyntaxError at(String message, int position) {
    StringBuilder text = new StringBuilder(message).append(" at position ").append(position);
    if (pattern.indexOf('\n') >= 0) {
      int line = 1;
      int lastNewline = -1;
      for (int i = 0; i < position && i < codePoints.length; i++) {
        if (codePoints[i] == '\n') {
          line++;
          lastNewline = i;
        }
      }
      text.append(" (line ")
          .append(line)
          .append(", column ")
          .append(position - lastNewline)
          .append(')');
    }
    return new PatternSyntaxError(PatternSyntaxError.Kind.RE_ERROR, text.toString(), pattern);
  }

  String pattern() {
    return pattern;
  }

  /** The length of a string in code points (Python's {@code len}). */
  static int length(String text) {
    return text.codePointCount(0, text.length());
  }
}
