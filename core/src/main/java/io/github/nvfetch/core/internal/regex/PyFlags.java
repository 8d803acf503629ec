package io.github.nvfetch.core.internal.regex;

/** Python's {@code re} flag values and the combination rule of scoped inline flags. */
final class PyFlags {

  static final int IGNORECASE = 2;
  static final int LOCALE = 4;
  static final int MULTILINE = 8;
  static final int DOTALL = 16;
  static final int UNICODE = 32;
  static final int VERBOSE = 64;
  static final int ASCII = 256;
  static final int TEMPLATE = 1;
  static final int TYPE_FLAGS = ASCII | LOCALE | UNICODE;
  static final int GLOBAL_FLAGS = TEMPLATE;

  private PyFlags() {}

  /** The inline flag letter's value, or 0 for a letter that is no flag. */
  static int ofLetter(String letter) {
    switch (letter) {
      case "i":
        return IGNORECASE;
      case "L":
        return LOCALE;
      case "m":
        return MULTILINE;
      case "s":
        return DOTALL;
      case "x":
        return VERBOSE;
      case "a":
        return ASCII;
      case "t":
        return TEMPLATE;
      case "u":
        return UNICODE;
      default:
        return 0;
    }
  }

  /** CPython's {@code _combine_flags}: a type flag turned on replaces the other type flags. */
  static int combine(int flags, int add, int remove) {
    int base = (add & TYPE_FLAGS) != 0 ? flags & ~TYPE_FLAGS : flags;
    return (base | add) & ~remove;
  }

  static boolean has(int flags, int flag) {
    return (flags & flag) != 0;
  }
}
