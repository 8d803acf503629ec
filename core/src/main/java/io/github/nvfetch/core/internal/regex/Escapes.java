package io.github.nvfetch.core.internal.regex;

import io.github.nvfetch.core.internal.PythonRepr;

/**
 * CPython's {@code _escape} and {@code _class_escape}: what a backslash token means, inside and
 * outside a character set. Returns {@link Node} values whose flags the caller fills in.
 */
final class Escapes {

  static final String DIGITS = "0123456789";
  static final String OCTDIGITS = "01234567";
  static final String HEXDIGITS = "0123456789abcdefABCDEF";

  private Escapes() {}

  /** A parsed escape: a literal code point, a category, an assertion or a group reference. */
  record Escape(Integer literal, Node.CategoryKind category, Node.AtKind at, Integer groupRef) {
    static Escape literal(int codePoint) {
      return new Escape(codePoint, null, null, null);
    }
  }

  /** The escape inside a character set. */
  static Escape inClass(Tokenizer source, String escape) {
    Escape simple = simpleLiteral(escape);
    if (simple != null) {
      return simple;
    }
    Node.CategoryKind category = category(escape);
    if (category != null) {
      return new Escape(null, category, null, null);
    }
    String c = escape.substring(1);
    Escape coded = codedLiteral(source, escape, c);
    if (coded != null) {
      return coded;
    }
    if (OCTDIGITS.contains(c)) {
      String octal = escape + source.getWhile(2, OCTDIGITS);
      return octalLiteral(source, octal);
    }
    if (DIGITS.contains(c)) {
      throw badEscape(source, escape);
    }
    return plain(source, escape, c);
  }

  /** The escape outside a character set. */
  static Escape outsideClass(Tokenizer source, String escape, ParserState state) {
    Node.AtKind at = assertion(escape);
    if (at != null) {
      return new Escape(null, null, at, null);
    }
    Node.CategoryKind category = category(escape);
    if (category != null) {
      return new Escape(null, category, null, null);
    }
    Escape simple = simpleLiteral(escape);
    if (simple != null) {
      return simple;
    }
    String c = escape.substring(1);
    Escape coded = codedLiteral(source, escape, c);
    if (coded != null) {
      return coded;
    }
    if (c.equals("0")) {
      String octal = escape + source.getWhile(2, OCTDIGITS);
      return Escape.literal(Integer.parseInt(octal.substring(1), 8));
    }
    if (DIGITS.contains(c)) {
      return octalOrGroupRef(source, escape, state);
    }
    return plain(source, escape, c);
  }

  private static Escape octalOrGroupRef(Tokenizer source, String escape, ParserState state) {
    String text = escape;
    if (source.nextIn(DIGITS)) {
      text += source.get();
      if (OCTDIGITS.indexOf(text.charAt(1)) >= 0
          && OCTDIGITS.indexOf(text.charAt(2)) >= 0
          && source.nextIn(OCTDIGITS)) {
        return octalLiteral(source, text + source.get());
      }
    }
    int group = Integer.parseInt(text.substring(1));
    if (group < state.groups()) {
      if (!state.checkGroup(group)) {
        throw source.error("cannot refer to an open group", text.length());
      }
      state.checkLookbehindGroup(group, source);
      return new Escape(null, null, null, group);
    }
    throw source.error("invalid group reference " + group, text.length() - 1);
  }

  private static Escape octalLiteral(Tokenizer source, String escape) {
    int value = Integer.parseInt(escape.substring(1), 8);
    if (value > 0377) {
      throw source.error(
          "octal escape value " + escape + " outside of range 0-0o377", escape.length());
    }
    return Escape.literal(value);
  }

  /** The hex and named escapes (x, u, U, N), or null for another escape. */
  private static Escape codedLiteral(Tokenizer source, String escape, String c) {
    switch (c) {
      case "x":
        return hex(source, escape, 2);
      case "u":
        return hex(source, escape, 4);
      case "U":
        return hex(source, escape, 8);
      case "N":
        return named(source);
      default:
        return null;
    }
  }

  private static Escape hex(Tokenizer source, String escape, int digits) {
    String text = escape + source.getWhile(digits, HEXDIGITS);
    if (text.length() != digits + 2) {
      throw source.error("incomplete escape " + text, text.length());
    }
    long value = Long.parseLong(text.substring(2), 16);
    if (value > Character.MAX_CODE_POINT) {
      throw badEscape(source, text);
    }
    return Escape.literal((int) value);
  }

  private static Escape named(Tokenizer source) {
    if (!source.match("{")) {
      throw source.error("missing {", 0);
    }
    String name = source.getUntil('}', "character name");
    try {
      if (name.strip().equals(name)) {
        return Escape.literal(Character.codePointOf(name));
      }
    } catch (IllegalArgumentException e) {
      // falls through to Python's message
    }
    throw source.error(
        "undefined character name " + PythonRepr.repr(name), Tokenizer.length(name) + 4);
  }

  private static Escape plain(Tokenizer source, String escape, String c) {
    if (Tokenizer.length(escape) == 2) {
      int cp = c.codePointAt(0);
      if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) {
        throw badEscape(source, escape);
      }
      return Escape.literal(cp);
    }
    throw badEscape(source, escape);
  }

  private static RuntimeException badEscape(Tokenizer source, String escape) {
    return source.error("bad escape " + escape, Tokenizer.length(escape));
  }

  private static Escape simpleLiteral(String escape) {
    switch (escape) {
      case "\\a":
        return Escape.literal(7);
      case "\\b":
        return Escape.literal(8);
      case "\\f":
        return Escape.literal(12);
      case "\\n":
        return Escape.literal(10);
      case "\\r":
        return Escape.literal(13);
      case "\\t":
        return Escape.literal(9);
      case "\\v":
        return Escape.literal(11);
      case "\\\\":
        return Escape.literal('\\');
      default:
        return null;
    }
  }

  private static Node.CategoryKind category(String escape) {
    switch (escape) {
      case "\\d":
        return Node.CategoryKind.DIGIT;
      case "\\D":
        return Node.CategoryKind.NOT_DIGIT;
      case "\\s":
        return Node.CategoryKind.SPACE;
      case "\\S":
        return Node.CategoryKind.NOT_SPACE;
      case "\\w":
        return Node.CategoryKind.WORD;
      case "\\W":
        return Node.CategoryKind.NOT_WORD;
      default:
        return null;
    }
  }

  private static Node.AtKind assertion(String escape) {
    switch (escape) {
      case "\\A":
        return Node.AtKind.BEGINNING_STRING;
      case "\\b":
        return Node.AtKind.BOUNDARY;
      case "\\B":
        return Node.AtKind.NON_BOUNDARY;
      case "\\Z":
        return Node.AtKind.END_STRING;
      default:
        return null;
    }
  }
}
