package io.github.nvfetch.core.internal.regex;

/** CPython's {@code _parse_flags}: the flags of {@code (?imsx)} and {@code (?i-s:...)}. */
final class InlineFlags {

  private static final String FLAG_LETTERS = "iLmsxatu";

  /** Flags turned on and off by a scoped group; null fields mean "global flags" ({@code (?i)}). */
  record Scoped(int add, int remove) {}

  private InlineFlags() {}

  /**
   * Parses the flags after {@code (?} whose first letter {@code first} was consumed.
   *
   * @return the scoped flags, or null for global flags (which are added to {@code state})
   */
  static Scoped parse(Tokenizer source, ParserState state, String first) {
    int add = 0;
    String c = first;
    if (!c.equals("-")) {
      while (true) {
        int flag = PyFlags.ofLetter(c);
        if (c.equals("L")) {
          throw source.error("bad inline flags: cannot use 'L' flag with a str pattern", 0);
        }
        add |= flag;
        if ((flag & PyFlags.TYPE_FLAGS) != 0 && (add & PyFlags.TYPE_FLAGS) != flag) {
          throw source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible", 0);
        }
        c = source.get();
        if (c == null) {
          throw source.error("missing -, : or )", 0);
        }
        if (c.equals(")") || c.equals("-") || c.equals(":")) {
          break;
        }
        if (!isFlag(c)) {
          throw source.error(
              isAlpha(c) ? "unknown flag" : "missing -, : or )", Tokenizer.length(c));
        }
      }
    }
    if (c.equals(")")) {
      state.flags |= add;
      return null;
    }
    if ((add & PyFlags.GLOBAL_FLAGS) != 0) {
      throw source.error("bad inline flags: cannot turn on global flag", 1);
    }
    int remove = 0;
    if (c.equals("-")) {
      c = source.get();
      if (c == null) {
        throw source.error("missing flag", 0);
      }
      if (!isFlag(c)) {
        throw source.error(isAlpha(c) ? "unknown flag" : "missing flag", Tokenizer.length(c));
      }
      while (true) {
        int flag = PyFlags.ofLetter(c);
        if ((flag & PyFlags.TYPE_FLAGS) != 0) {
          throw source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", 0);
        }
        remove |= flag;
        c = source.get();
        if (c == null) {
          throw source.error("missing :", 0);
        }
        if (c.equals(":")) {
          break;
        }
        if (!isFlag(c)) {
          throw source.error(isAlpha(c) ? "unknown flag" : "missing :", Tokenizer.length(c));
        }
      }
    }
    if ((remove & PyFlags.GLOBAL_FLAGS) != 0) {
      throw source.error("bad inline flags: cannot turn off global flag", 1);
    }
    if ((add & remove) != 0) {
      throw source.error("bad inline flags: flag turned on and off", 1);
    }
    return new Scoped(add, remove);
  }

  static boolean isFlag(String token) {
    return token.length() == 1 && FLAG_LETTERS.contains(token);
  }

  /** Python's {@code str.isalpha} for a token (a backslash pair is not alphabetic). */
  private static boolean isAlpha(String token) {
    return token.codePoints().allMatch(Character::isLetter);
  }
}
