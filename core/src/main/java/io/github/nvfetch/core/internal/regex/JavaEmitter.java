package io.github.nvfetch.core.internal.regex;

import io.github.nvfetch.core.filter.PatternSyntaxError;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a parsed Python pattern as an equivalent {@link java.util.regex.Pattern} source. Every
 * construct whose meaning differs between the dialects is spelled out explicitly: {@code .}, {@code
 * ^}, {@code $}, {@code \b}, {@code \B} and the categories use Python's definitions (the categories
 * from {@link PythonCategories}), case folding is set per node, and every literal is escaped, so no
 * Java-only syntax ({@code [[}, {@code &&}, {@code \p}, ...) can appear.
 */
final class JavaEmitter {

  private static final String ASCII_WORD = "0-9A-Z_a-z";
  private static final String ASCII_DIGIT = "0-9";
  private static final String ASCII_SPACE = "\\x{9}-\\x{D}\\x{20}";

  /** How a node folds case. */
  enum CaseMode {
    SENSITIVE("-iu"),
    ASCII_FOLD("i-u"),
    UNICODE_FOLD("iu");

    final String javaFlags;

    CaseMode(String javaFlags) {
      this.javaFlags = javaFlags;
    }

    static CaseMode of(int flags) {
      if (!PyFlags.has(flags, PyFlags.IGNORECASE)) {
        return SENSITIVE;
      }
      return PyFlags.has(flags, PyFlags.ASCII) ? ASCII_FOLD : UNICODE_FOLD;
    }
  }

  private final StringBuilder out = new StringBuilder();
  private final CaseMode ambient;
  private final Set<Integer> conditionTargets = new HashSet<>();
  private final Map<Integer, Integer> javaGroups = new HashMap<>();
  private final Map<Integer, Integer> javaMarkers = new HashMap<>();
  private final String pattern;
  private int javaGroupCount;
  private int lookbehindDepth;

  private JavaEmitter(CaseMode ambient, String pattern) {
    this.ambient = ambient;
    this.pattern = pattern;
  }

  /**
   * Translates a parsed pattern.
   *
   * @return the Java pattern source, to be compiled without flags
   * @throws PatternSyntaxError of kind UNSUPPORTED for what Java cannot express
   */
  static String emit(RegexParser.Parsed parsed, String pattern) {
    // Unicode-folded literals are emitted as explicit sets, so the pattern as a whole stays
    // case-sensitive then; only sets and back-references switch Java's folding on.
    CaseMode global = CaseMode.of(parsed.flags());
    CaseMode ambient = global == CaseMode.UNICODE_FOLD ? CaseMode.SENSITIVE : global;
    JavaEmitter emitter = new JavaEmitter(ambient, pattern);
    emitter.collectConditionTargets(parsed.root());
    if (ambient != CaseMode.SENSITIVE) {
      emitter.out.append("(?").append(ambient.javaFlags).append(')');
    }
    emitter.node(parsed.root());
    return emitter.out.toString();
  }

  private void collectConditionTargets(Node node) {
    if (node instanceof Node.Conditional) {
      Node.Conditional conditional = (Node.Conditional) node;
      conditionTargets.add(conditional.group());
      collectConditionTargets(conditional.yes());
      if (conditional.no() != null) {
        collectConditionTargets(conditional.no());
      }
    } else {
      children(node).forEach(this::collectConditionTargets);
    }
  }

  static List<Node> children(Node node) {
    if (node instanceof Node.Sequence) {
      return ((Node.Sequence) node).items();
    }
    if (node instanceof Node.Branch) {
      return ((Node.Branch) node).alternatives();
    }
    if (node instanceof Node.Group) {
      return List.of(((Node.Group) node).body());
    }
    if (node instanceof Node.Atomic) {
      return List.of(((Node.Atomic) node).body());
    }
    if (node instanceof Node.Look) {
      return List.of(((Node.Look) node).body());
    }
    if (node instanceof Node.Repeat) {
      return List.of(((Node.Repeat) node).body());
    }
    return List.of();
  }

  private void node(Node node) {
    if (node instanceof Node.Literal) {
      literal((Node.Literal) node);
    } else if (node instanceof Node.Any) {
      out.append(PyFlags.has(((Node.Any) node).flags(), PyFlags.DOTALL) ? "(?s:.)" : "[^\\n]");
    } else if (node instanceof Node.CharSet) {
      charSet((Node.CharSet) node);
    } else if (node instanceof Node.At) {
      at((Node.At) node);
    } else if (node instanceof Node.Group) {
      group((Node.Group) node);
    } else if (node instanceof Node.Atomic) {
      wrap("(?>", ((Node.Atomic) node).body());
    } else if (node instanceof Node.Look) {
      look((Node.Look) node);
    } else if (node instanceof Node.Repeat) {
      repeat((Node.Repeat) node);
    } else if (node instanceof Node.Branch) {
      branch(((Node.Branch) node).alternatives());
    } else if (node instanceof Node.Sequence) {
      ((Node.Sequence) node).items().forEach(this::node);
    } else if (node instanceof Node.GroupRef) {
      groupRef((Node.GroupRef) node);
    } else if (node instanceof Node.Conditional) {
      conditional((Node.Conditional) node);
    }
  }

  private void wrap(String open, Node body) {
    out.append(open);
    node(body);
    out.append(')');
  }

  private void branch(List<Node> alternatives) {
    out.append("(?:");
    for (int i = 0; i < alternatives.size(); i++) {
      if (i > 0) {
        out.append('|');
      }
      node(alternatives.get(i));
    }
    out.append(')');
  }

  private void literal(Node.Literal literal) {
    if (CaseMode.of(literal.flags()) != CaseMode.UNICODE_FOLD) {
      cased(literal.flags(), () -> codePoint(out, literal.codePoint()));
      return;
    }
    int[] equivalents = CaseFolding.equivalents(literal.codePoint());
    caseless(
        () -> {
          if (equivalents.length == 1) {
            codePoint(out, equivalents[0]);
            return;
          }
          out.append('[');
          for (int cp : equivalents) {
            codePoint(out, cp);
          }
          out.append(']');
        });
  }

  /** Emits a case-sensitive construct under its own case mode when it differs from ambient. */
  private void cased(int flags, Runnable emit) {
    CaseMode mode = CaseMode.of(flags);
    if (mode == ambient) {
      emit.run();
      return;
    }
    out.append("(?").append(mode.javaFlags).append(':');
    emit.run();
    out.append(')');
  }

  /** Emits a construct that must not fold case (a category, a word boundary). */
  private void caseless(Runnable emit) {
    cased(0, emit);
  }

  private static void codePoint(StringBuilder out, int cp) {
    if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')) {
      out.append((char) cp);
    } else if (Character.isSupplementaryCodePoint(cp)) {
      out.appendCodePoint(cp);
    } else {
      out.append("\\x{").append(Integer.toHexString(cp)).append('}');
    }
  }

  private void charSet(Node.CharSet set) {
    boolean ascii = PyFlags.has(set.flags(), PyFlags.ASCII);
    StringBuilder categories = new StringBuilder();
    StringBuilder ranges = new StringBuilder();
    for (Node.SetItem item : set.items()) {
      if (item instanceof Node.Category) {
        categories.append(category(((Node.Category) item).kind(), ascii));
      } else {
        Node.Range range = (Node.Range) item;
        codePoint(ranges, range.low());
        if (range.high() != range.low()) {
          ranges.append('-');
          codePoint(ranges, range.high());
        }
      }
    }
    String negation = set.negated() ? "^" : "";
    if (ranges.length() == 0) {
      caseless(() -> out.append('[').append(negation).append(categories).append(']'));
    } else if (categories.length() == 0 || CaseMode.of(set.flags()) == CaseMode.SENSITIVE) {
      cased(
          set.flags(),
          () -> out.append('[').append(negation).append(categories).append(ranges).append(']'));
    } else if (set.negated()) {
      out.append("(?!");
      caseless(() -> out.append('[').append(categories).append(']'));
      out.append(')');
      cased(set.flags(), () -> out.append("[^").append(ranges).append(']'));
    } else {
      out.append("(?:");
      caseless(() -> out.append('[').append(categories).append(']'));
      out.append('|');
      cased(set.flags(), () -> out.append('[').append(ranges).append(']'));
      out.append(')');
    }
  }

  private static String category(Node.CategoryKind kind, boolean ascii) {
    String body;
    switch (kind) {
      case DIGIT:
      case NOT_DIGIT:
        body = ascii ? ASCII_DIGIT : PythonCategories.DIGIT;
        break;
      case SPACE:
      case NOT_SPACE:
        body = ascii ? ASCII_SPACE : PythonCategories.SPACE;
        break;
      default:
        body = ascii ? ASCII_WORD : PythonCategories.WORD;
    }
    return kind.negated ? "[^" + body + "]" : body;
  }

  private void at(Node.At at) {
    boolean multiline = PyFlags.has(at.flags(), PyFlags.MULTILINE);
    switch (at.kind()) {
      case BEGINNING:
        out.append(multiline ? "(?<![^\\n])" : "\\A");
        break;
      case END:
        out.append(multiline ? "(?=\\n|\\z)" : "(?=\\n?\\z)");
        break;
      case BEGINNING_STRING:
        out.append("\\A");
        break;
      case END_STRING:
        out.append("\\z");
        break;
      case BOUNDARY:
        boundary(at.flags(), false);
        break;
      default:
        boundary(at.flags(), true);
    }
  }

  /** Python's {@code \b} / {@code \B} by its own {@code \w}; {@code \B} fails on "". */
  private void boundary(int flags, boolean negated) {
    String word = "[" + category(Node.CategoryKind.WORD, PyFlags.has(flags, PyFlags.ASCII)) + "]";
    caseless(
        () -> {
          if (negated) {
            out.append("(?:(?<=")
                .append(word)
                .append(")(?=")
                .append(word)
                .append(")|(?<!")
                .append(word)
                .append(")(?!")
                .append(word)
                .append(")(?:(?<=(?s:.))|(?=(?s:.))))");
          } else {
            out.append("(?:(?<=")
                .append(word)
                .append(")(?!")
                .append(word)
                .append(")|(?<!")
                .append(word)
                .append(")(?=")
                .append(word)
                .append("))");
          }
        });
  }

  private void group(Node.Group group) {
    out.append('(');
    javaGroups.put(group.number(), ++javaGroupCount);
    out.append("(?:");
    node(group.body());
    out.append(')');
    if (conditionTargets.contains(group.number())) {
      out.append("()");
      javaMarkers.put(group.number(), ++javaGroupCount);
    }
    out.append(')');
  }

  private void look(Node.Look look) {
    String open =
        look.behind() ? (look.negative() ? "(?<!" : "(?<=") : (look.negative() ? "(?!" : "(?=");
    if (look.behind()) {
      lookbehindDepth++;
    }
    wrap(open, look.body());
    if (look.behind()) {
      lookbehindDepth--;
    }
  }

  private void repeat(Node.Repeat repeat) {
    wrap("(?:", repeat.body());
    long min = Math.min(repeat.min(), Integer.MAX_VALUE - 1);
    if (repeat.max() >= Widths.MAXREPEAT) {
      out.append('{').append(min).append(",}");
    } else {
      long max = Math.min(repeat.max(), Integer.MAX_VALUE - 1);
      out.append('{').append(min).append(',').append(max).append('}');
    }
    if (repeat.mode() == Node.RepeatMode.LAZY) {
      out.append('?');
    } else if (repeat.mode() == Node.RepeatMode.POSSESSIVE) {
      out.append('+');
    }
  }

  private void groupRef(Node.GroupRef ref) {
    if (lookbehindDepth > 0) {
      throw unsupported("a group reference inside a look-behind");
    }
    int javaGroup = javaGroups.get(ref.number());
    cased(ref.flags(), () -> out.append("(?:\\").append(javaGroup).append(')'));
  }

  private void conditional(Node.Conditional conditional) {
    if (lookbehindDepth > 0) {
      throw unsupported("a conditional group inside a look-behind");
    }
    Integer marker = javaMarkers.get(conditional.group());
    if (marker == null) {
      throw unsupported(
          "a conditional on group " + conditional.group() + " before that group is closed");
    }
    out.append("(?:(?:\\").append(marker).append(")(?:");
    node(conditional.yes());
    out.append(")|(?!(?:\\").append(marker).append("))(?:");
    if (conditional.no() != null) {
      node(conditional.no());
    }
    out.append("))");
  }

  private PatternSyntaxError unsupported(String what) {
    return new PatternSyntaxError(
        PatternSyntaxError.Kind.UNSUPPORTED,
        "unsupported by the Java translation of Python regular expressions: " + what,
        pattern);
  }
}
