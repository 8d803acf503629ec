package io.github.nvfetch.core.internal.regex;

import java.util.List;

/**
 * The syntax tree of a parsed Python pattern. Leaves carry the flags in force where they were
 * written (scoped inline flags such as {@code (?i:...)} are resolved by the parser), so the tree
 * needs no flag context to be translated.
 */
sealed interface Node {

  /** One code point; {@code flags} decide its case folding. */
  record Literal(int codePoint, int flags) implements Node {}

  /** {@code .}; without DOTALL it excludes only {@code \n}. */
  record Any(int flags) implements Node {}

  /** A character set ({@code [...]}, a category escape such as {@code \d}, a negated literal). */
  record CharSet(List<SetItem> items, boolean negated, int flags) implements Node {}

  /** A zero-width assertion: {@code ^ $ \A \Z \b \B}. */
  record At(AtKind kind, int flags) implements Node {}

  /** A capturing group, numbered as Python numbers it. */
  record Group(int number, Node body) implements Node {}

  /** An atomic group {@code (?>...)}. */
  record Atomic(Node body) implements Node {}

  /** A look-ahead or look-behind, positive or negative. */
  record Look(boolean behind, boolean negative, Node body) implements Node {}

  /** A repeat; {@code max} is {@link Widths#MAXREPEAT} for "no upper bound". */
  record Repeat(long min, long max, RepeatMode mode, Node body) implements Node {}

  /** Alternatives tried left to right. */
  record Branch(List<Node> alternatives) implements Node {}

  /** A sequence. */
  record Sequence(List<Node> items) implements Node {}

  /** A back-reference {@code \1} or {@code (?P=name)}. */
  record GroupRef(int number, int flags) implements Node {}

  /** {@code (?(group)yes|no)}; {@code no} may be null. */
  record Conditional(int group, Node yes, Node no) implements Node {}

  /** The zero-width assertions. */
  enum AtKind {
    BEGINNING,
    END,
    BEGINNING_STRING,
    END_STRING,
    BOUNDARY,
    NON_BOUNDARY
  }

  /** Greedy ({@code *}), lazy ({@code *?}) or possessive ({@code *+}). */
  enum RepeatMode {
    GREEDY,
    LAZY,
    POSSESSIVE
  }

  /** A member of a character set. */
  sealed interface SetItem {}

  /** A code point range, a single code point when {@code low == high}. */
  record Range(int low, int high) implements SetItem {}

  /** {@code \d \D \s \S \w \W} inside a set. */
  record Category(CategoryKind kind) implements SetItem {}

  /** Python's categories. */
  enum CategoryKind {
    DIGIT(false),
    NOT_DIGIT(true),
    SPACE(false),
    NOT_SPACE(true),
    WORD(false),
    NOT_WORD(true);

    final boolean negated;

    CategoryKind(boolean negated) {
      this.negated = negated;
    }
  }
}
