package io.github.nvfetch.core.internal.regex;

import io.github.nvfetch.core.filter.PatternSyntaxError;
import io.github.nvfetch.core.internal.PythonCasts;
import io.github.nvfetch.core.internal.PythonRepr;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * A recursive-descent parser of Python 3.11's {@code re} syntax for {@code str} patterns, a port of
 * CPython's {@code Lib/re/_parser.py}: it accepts exactly what Python accepts and rejects the rest
 * with Python's message and position. The result is a {@link Parsed} tree.
 */
final class RegexParser {

  private static final String SPECIAL_CHARS = ".\\[{()*+?^$|";
  private static final String REPEAT_CHARS = "*+?{";
  private static final String WHITESPACE = " \t\n\r\u000b\f";

  /** A parsed pattern: the tree, the final global flags and the widths of its groups. */
  record Parsed(Node root, int flags, List<long[]> groupWidths) {}

  private final Tokenizer source;
  private final ParserState state;

  /** Scoped inline flags in force, innermost last: {add, remove} pairs. */
  private final Deque<int[]> scopes = new ArrayDeque<>();

  private RegexParser(String pattern, int flags) {
    this.source = new Tokenizer(pattern);
    this.state = new ParserState(flags);
  }

  /**
   * Parses a pattern.
   *
   * @param flags Python flag values given to {@code re.compile}
   * @throws PatternSyntaxError as Python raises it
   */
  static Parsed parse(String pattern, int flags) {
    RegexParser parser = new RegexParser(pattern, flags);
    Node root = parser.parseSub(PyFlags.has(flags, PyFlags.VERBOSE), 0);
    int finalFlags = fixFlags(parser.state.flags, pattern);
    if (parser.source.peek() != null) {
      throw parser.source.error("unbalanced parenthesis", 0);
    }
    for (var ref : parser.state.groupRefPos.entrySet()) {
      if (ref.getKey() >= parser.state.groups()) {
        throw parser.source.at("invalid group reference " + ref.getKey(), ref.getValue());
      }
    }
    return new Parsed(root, finalFlags, parser.state.groupWidths);
  }

  private static int fixFlags(int flags, String pattern) {
    if (PyFlags.has(flags, PyFlags.LOCALE)) {
      throw new PatternSyntaxError(
          PatternSyntaxError.Kind.VALUE_ERROR,
          "cannot use LOCALE flag with a str pattern",
          pattern);
    }
    if (!PyFlags.has(flags, PyFlags.ASCII)) {
      return flags | PyFlags.UNICODE;
    }
    if (PyFlags.has(flags, PyFlags.UNICODE)) {
      throw new PatternSyntaxError(
          PatternSyntaxError.Kind.VALUE_ERROR, "ASCII and UNICODE flags are incompatible", pattern);
    }
    return flags;
  }

  /** The flags in force here: the global flags combined with the enclosing scoped flags. */
  private int flags() {
    int flags = state.flags;
    for (var it = scopes.descendingIterator(); it.hasNext(); ) {
      int[] scope = it.next();
      flags = PyFlags.combine(flags, scope[0], scope[1]);
    }
    return flags;
  }

  /** {@code _parse_sub}: alternatives separated by {@code |}. */
  private Node parseSub(boolean verbose, int nested) {
    List<Node> items = new ArrayList<>();
    boolean currentVerbose = verbose;
    while (true) {
      items.add(parseSequence(currentVerbose, nested + 1, nested == 0 && items.isEmpty()));
      if (!source.match("|")) {
        break;
      }
      if (nested == 0) {
        currentVerbose = PyFlags.has(state.flags, PyFlags.VERBOSE);
      }
    }
    return items.size() == 1 ? items.get(0) : new Node.Branch(List.copyOf(items));
  }

  /** {@code _parse}: a sequence up to {@code |}, {@code )} or the end. */
  private Node parseSequence(boolean verbose, int nested, boolean first) {
    List<Node> items = new ArrayList<>();
    boolean lastIsPlainGroup = false;
    boolean isVerbose = verbose;
    while (true) {
      String token = source.peek();
      if (token == null || token.equals("|") || token.equals(")")) {
        break;
      }
      source.get();
      if (isVerbose) {
        if (token.length() == 1 && WHITESPACE.contains(token)) {
          continue;
        }
        if (token.equals("#")) {
          skipComment();
          continue;
        }
      }
      boolean plainGroup = false;
      if (token.startsWith("\\")) {
        items.add(escape(token));
      } else if (!(token.length() == 1 && SPECIAL_CHARS.contains(token))) {
        items.add(new Node.Literal(token.codePointAt(0), flags()));
      } else if (token.equals("[")) {
        items.add(parseSet());
      } else if (REPEAT_CHARS.contains(token)) {
        if (!parseRepeat(token, items, lastIsPlainGroup)) {
          continue;
        }
      } else if (token.equals(".")) {
        items.add(new Node.Any(flags()));
      } else if (token.equals("(")) {
        GroupResult group = parseGroup(isVerbose, nested, first, items.isEmpty());
        if (group.globalFlags) {
          isVerbose = PyFlags.has(state.flags, PyFlags.VERBOSE);
          continue;
        }
        if (group.node == null) {
          continue;
        }
        items.add(group.node);
        plainGroup = group.plain;
      } else if (token.equals("^")) {
        items.add(new Node.At(Node.AtKind.BEGINNING, flags()));
      } else if (token.equals("$")) {
        items.add(new Node.At(Node.AtKind.END, flags()));
      }
      lastIsPlainGroup = plainGroup;
    }
    return items.size() == 1 ? items.get(0) : new Node.Sequence(List.copyOf(items));
  }

  private void skipComment() {
    while (true) {
      String c = source.get();
      if (c == null || c.equals("\n")) {
        return;
      }
    }
  }

  private Node escape(String token) {
    Escapes.Escape escape = Escapes.outsideClass(source, token, state);
    if (escape.at() != null) {
      return new Node.At(escape.at(), flags());
    }
    if (escape.category() != null) {
      return new Node.CharSet(List.of(new Node.Category(escape.category())), false, flags());
    }
    if (escape.groupRef() != null) {
      return new Node.GroupRef(escape.groupRef(), flags());
    }
    return new Node.Literal(escape.literal(), flags());
  }

  /** A character set; the {@code [} was consumed. */
  private Node parseSet() {
    int here = source.tell() - 1;
    List<Node.SetItem> set = new ArrayList<>();
    boolean negate = source.match("^");
    while (true) {
      String token = source.get();
      if (token == null) {
        throw source.error("unterminated character set", source.tell() - here);
      }
      if (token.equals("]") && !set.isEmpty()) {
        break;
      }
      Node.SetItem code1 = setAtom(token);
      if (source.match("-")) {
        String that = source.get();
        if (that == null) {
          throw source.error("unterminated character set", source.tell() - here);
        }
        if (that.equals("]")) {
          set.add(code1);
          set.add(new Node.Range('-', '-'));
          break;
        }
        Node.SetItem code2 = setAtom(that);
        if (!(code1 instanceof Node.Range)
            || !(code2 instanceof Node.Range)
            || ((Node.Range) code2).low() < ((Node.Range) code1).low()) {
          throw source.error(
              "bad character range " + token + "-" + that,
              Tokenizer.length(token) + 1 + Tokenizer.length(that));
        }
        set.add(new Node.Range(((Node.Range) code1).low(), ((Node.Range) code2).low()));
      } else {
        set.add(code1);
      }
    }
    return new Node.CharSet(List.copyOf(set), negate, flags());
  }

  private Node.SetItem setAtom(String token) {
    if (!token.startsWith("\\")) {
      int cp = token.codePointAt(0);
      return new Node.Range(cp, cp);
    }
    Escapes.Escape escape = Escapes.inClass(source, token);
    if (escape.category() != null) {
      return new Node.Category(escape.category());
    }
    return new Node.Range(escape.literal(), escape.literal());
  }

  /**
   * A repeat applied to the last item. Returns false when <code>{</code> turned out to be a literal
   * (already appended).
   */
  private boolean parseRepeat(String token, List<Node> items, boolean lastIsPlainGroup) {
    int here = source.tell();
    long min;
    long max;
    if (token.equals("?")) {
      min = 0;
      max = 1;
    } else if (token.equals("*")) {
      min = 0;
      max = Widths.MAXREPEAT;
    } else if (token.equals("+")) {
      min = 1;
      max = Widths.MAXREPEAT;
    } else {
      if ("}".equals(source.peek())) {
        items.add(new Node.Literal('{', flags()));
        return false;
      }
      String lo = digits();
      String hi;
      if (source.match(",")) {
        hi = digits();
      } else {
        hi = lo;
      }
      if (!source.match("}")) {
        items.add(new Node.Literal('{', flags()));
        source.seek(here);
        return false;
      }
      min = lo.isEmpty() ? 0 : repeatCount(lo);
      max = Widths.MAXREPEAT;
      if (!hi.isEmpty()) {
        max = repeatCount(hi);
        if (max < min) {
          throw source.error("min repeat greater than max repeat", source.tell() - here);
        }
      }
    }
    Node item = items.isEmpty() ? null : items.get(items.size() - 1);
    int offset = source.tell() - here + Tokenizer.length(token);
    if (item == null || (item instanceof Node.At && !lastIsPlainGroup)) {
      throw source.error("nothing to repeat", offset);
    }
    if (item instanceof Node.Repeat && !lastIsPlainGroup) {
      throw source.error("multiple repeat", offset);
    }
    Node.RepeatMode mode = Node.RepeatMode.GREEDY;
    if (source.match("?")) {
      mode = Node.RepeatMode.LAZY;
    } else if (source.match("+")) {
      mode = Node.RepeatMode.POSSESSIVE;
    }
    items.set(items.size() - 1, new Node.Repeat(min, max, mode, item));
    return true;
  }

  private String digits() {
    StringBuilder digits = new StringBuilder();
    while (source.nextIn(Escapes.DIGITS)) {
      digits.append(source.get());
    }
    return digits.toString();
  }

  private long repeatCount(String digits) {
    BigInteger value = new BigInteger(digits);
    if (value.compareTo(BigInteger.valueOf(Widths.MAXREPEAT)) >= 0) {
      throw new PatternSyntaxError(
          PatternSyntaxError.Kind.OVERFLOW_ERROR,
          "the repetition number is too large",
          source.pattern());
    }
    return value.longValue();
  }

  /** What {@code (} introduced: a node (maybe null for a comment) or global flags. */
  private record GroupResult(Node node, boolean plain, boolean globalFlags) {}

  private GroupResult parseGroup(boolean verbose, int nested, boolean first, boolean atStart) {
    int start = source.tell() - 1;
    boolean capture = true;
    boolean atomic = false;
    String name = null;
    InlineFlags.Scoped scoped = null;
    if (source.match("?")) {
      String c = source.get();
      if (c == null) {
        throw source.error("unexpected end of pattern", 0);
      }
      if (c.equals("P")) {
        if (source.match("<")) {
          name = source.getUntil('>', "group name");
          checkGroupName(name, 1);
        } else if (source.match("=")) {
          return new GroupResult(namedBackReference(), false, false);
        } else {
          String next = source.get();
          if (next == null) {
            throw source.error("unexpected end of pattern", 0);
          }
          throw source.error("unknown extension ?P" + next, Tokenizer.length(next) + 2);
        }
      } else if (c.equals(":")) {
        capture = false;
      } else if (c.equals("#")) {
        skipGroupComment(start);
        return new GroupResult(null, false, false);
      } else if (c.equals("=") || c.equals("!") || c.equals("<")) {
        return new GroupResult(parseLook(c, verbose, nested, start), false, false);
      } else if (c.equals("(")) {
        return new GroupResult(parseConditional(verbose, nested, start), false, false);
      } else if (c.equals(">")) {
        capture = false;
        atomic = true;
      } else if (InlineFlags.isFlag(c) || c.equals("-")) {
        scoped = InlineFlags.parse(source, state, c);
        if (scoped == null) {
          if (!first || !atStart) {
            throw source.error(
                "global flags not at the start of the expression", source.tell() - start);
          }
          return new GroupResult(null, false, true);
        }
        capture = false;
      } else {
        throw source.error("unknown extension ?" + c, Tokenizer.length(c) + 1);
      }
    }
    int group = -1;
    if (capture) {
      group = openGroup(name);
    }
    int add = scoped == null ? 0 : scoped.add();
    int remove = scoped == null ? 0 : scoped.remove();
    boolean subVerbose =
        (verbose || PyFlags.has(add, PyFlags.VERBOSE)) && !PyFlags.has(remove, PyFlags.VERBOSE);
    if (scoped != null) {
      scopes.addLast(new int[] {add, remove});
    }
    Node body = parseSub(subVerbose, nested + 1);
    if (scoped != null) {
      scopes.removeLast();
    }
    expectClose(start);
    if (capture) {
      state.closeGroup(group, Widths.of(body, state.groupWidths));
      return new GroupResult(new Node.Group(group, body), false, false);
    }
    if (atomic) {
      return new GroupResult(new Node.Atomic(body), false, false);
    }
    return new GroupResult(new Node.Sequence(List.of(body)), scoped == null, false);
  }

  private int openGroup(String name) {
    try {
      return state.openGroup(name);
    } catch (IllegalStateException e) {
      throw source.error(e.getMessage(), Tokenizer.length(name) + 1);
    }
  }

  private void expectClose(int start) {
    if (!source.match(")")) {
      throw source.error("missing ), unterminated subpattern", source.tell() - start);
    }
  }

  private void skipGroupComment(int start) {
    while (true) {
      if (source.peek() == null) {
        throw source.error("missing ), unterminated comment", source.tell() - start);
      }
      if (source.get().equals(")")) {
        return;
      }
    }
  }

  private Node namedBackReference() {
    String name = source.getUntil(')', "group name");
    checkGroupName(name, 1);
    Integer gid = state.groupDict.get(name);
    if (gid == null) {
      throw source.error("unknown group name " + PythonRepr.repr(name), Tokenizer.length(name) + 1);
    }
    if (!state.checkGroup(gid)) {
      throw source.error("cannot refer to an open group", Tokenizer.length(name) + 1);
    }
    state.checkLookbehindGroup(gid, source);
    return new Node.GroupRef(gid, flags());
  }

  private Node parseLook(String c, boolean verbose, int nested, int start) {
    boolean behind = false;
    String kind = c;
    Integer outerLookbehindGroups = state.lookbehindGroups;
    if (c.equals("<")) {
      kind = source.get();
      if (kind == null) {
        throw source.error("unexpected end of pattern", 0);
      }
      if (!kind.equals("=") && !kind.equals("!")) {
        throw source.error("unknown extension ?<" + kind, Tokenizer.length(kind) + 2);
      }
      behind = true;
      if (outerLookbehindGroups == null) {
        state.lookbehindGroups = state.groups();
      }
    }
    Node body = parseSub(verbose, nested + 1);
    if (behind && outerLookbehindGroups == null) {
      state.lookbehindGroups = null;
    }
    expectClose(start);
    return new Node.Look(behind, kind.equals("!"), body);
  }

  private Node parseConditional(boolean verbose, int nested, int start) {
    String condName = source.getUntil(')', "group name");
    int condGroup;
    if (isIdentifier(condName)) {
      Integer gid = state.groupDict.get(condName);
      if (gid == null) {
        throw source.error(
            "unknown group name " + PythonRepr.repr(condName), Tokenizer.length(condName) + 1);
      }
      condGroup = gid;
    } else {
      Optional<BigInteger> number = PythonCasts.toInt(condName);
      if (number.isEmpty() || number.get().signum() < 0) {
        throw source.error(
            "bad character in group name " + PythonRepr.repr(condName),
            Tokenizer.length(condName) + 1);
      }
      if (number.get().signum() == 0) {
        throw source.error("bad group number", Tokenizer.length(condName) + 1);
      }
      if (number.get().compareTo(BigInteger.valueOf(ParserState.MAXGROUPS)) >= 0) {
        throw source.error(
            "invalid group reference " + number.get(), Tokenizer.length(condName) + 1);
      }
      condGroup = number.get().intValue();
      state.groupRefPos.putIfAbsent(condGroup, source.tell() - Tokenizer.length(condName) - 1);
    }
    state.checkLookbehindGroup(condGroup, source);
    Node yes = parseSequence(verbose, nested + 1, false);
    Node no = null;
    if (source.match("|")) {
      no = parseSequence(verbose, nested + 1, false);
      if ("|".equals(source.peek())) {
        throw source.error("conditional backref with more than two branches", 0);
      }
    }
    expectClose(start);
    return new Node.Conditional(condGroup, yes, no);
  }

  private void checkGroupName(String name, int offset) {
    if (!isIdentifier(name)) {
      throw source.error(
          "bad character in group name " + PythonRepr.repr(name), Tokenizer.length(name) + offset);
    }
  }

  /** Python's {@code str.isidentifier()}. */
  static boolean isIdentifier(String name) {
    if (name.isEmpty()) {
      return false;
    }
    int first = name.codePointAt(0);
    if (first != '_' && !Character.isUnicodeIdentifierStart(first)) {
      return false;
    }
    return name.codePoints()
        .skip(1)
        .allMatch(
            cp -> Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp));
  }
}
