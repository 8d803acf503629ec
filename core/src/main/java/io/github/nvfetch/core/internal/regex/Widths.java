package io.github.nvfetch.core.internal.regex;

import java.util.List;

/** CPython's {@code SubPattern.getwidth}: the (min, max) code points a node can match. */
final class Widths {

  static final long MAXREPEAT = 4294967295L;
  private static final long SATURATED = 1L << 62;

  private Widths() {}

  /**
   * The width of a node.
   *
   * @param groupWidths widths of the closed groups, for back-references
   */
  static long[] of(Node node, List<long[]> groupWidths) {
    long[] width = raw(node, groupWidths);
    return new long[] {Math.min(width[0], MAXREPEAT - 1), Math.min(width[1], MAXREPEAT)};
  }

  private static long[] raw(Node node, List<long[]> groupWidths) {
    if (node instanceof Node.Literal || node instanceof Node.Any || node instanceof Node.CharSet) {
      return new long[] {1, 1};
    }
    if (node instanceof Node.Sequence) {
      long lo = 0;
      long hi = 0;
      for (Node item : ((Node.Sequence) node).items()) {
        long[] w = raw(item, groupWidths);
        lo = add(lo, w[0]);
        hi = add(hi, w[1]);
      }
      return new long[] {lo, hi};
    }
    if (node instanceof Node.Branch) {
      long lo = MAXREPEAT - 1;
      long hi = 0;
      for (Node alternative : ((Node.Branch) node).alternatives()) {
        long[] w = of(alternative, groupWidths);
        lo = Math.min(lo, w[0]);
        hi = Math.max(hi, w[1]);
      }
      return new long[] {lo, hi};
    }
    if (node instanceof Node.Group) {
      return of(((Node.Group) node).body(), groupWidths);
    }
    if (node instanceof Node.Atomic) {
      return of(((Node.Atomic) node).body(), groupWidths);
    }
    if (node instanceof Node.Repeat) {
      Node.Repeat repeat = (Node.Repeat) node;
      long[] w = of(repeat.body(), groupWidths);
      return new long[] {multiply(w[0], repeat.min()), multiply(w[1], repeat.max())};
    }
    if (node instanceof Node.GroupRef) {
      long[] w = groupWidths.get(((Node.GroupRef) node).number());
      return new long[] {w[0], w[1]};
    }
    if (node instanceof Node.Conditional) {
      Node.Conditional conditional = (Node.Conditional) node;
      long[] yes = of(conditional.yes(), groupWidths);
      if (conditional.no() == null) {
        return new long[] {0, yes[1]};
      }
      long[] no = of(conditional.no(), groupWidths);
      return new long[] {Math.min(yes[0], no[0]), Math.max(yes[1], no[1])};
    }
    return new long[] {0, 0};
  }

  private static long add(long a, long b) {
    return Math.min(SATURATED, a + b);
  }

  private static long multiply(long a, long b) {
    if (a == 0 || b == 0) {
      return 0;
    }
    return a > SATURATED / b ? SATURATED : a * b;
  }
}
