package io.github.nvfetch.core.internal.regex;

import io.github.nvfetch.core.filter.PatternSyntaxError;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles a Python 3.11 {@code re} pattern ({@code str} pattern) into an equivalent {@link
 * Pattern}: {@link RegexParser} parses it as CPython does, the look-behind widths are checked as
 * CPython's compiler checks them, and {@link JavaEmitter} writes the Java source. Use {@link
 * java.util.regex.Matcher#lookingAt()} for {@code re.match}.
 */
public final class PythonRegexTranslator {

  private PythonRegexTranslator() {}

  /**
   * Compiles a pattern.
   *
   * @param pattern the Python pattern
   * @param flags Python flag values ({@code re.IGNORECASE} = 2, ...)
   * @throws PatternSyntaxError where Python raises, with Python's message
   */
  public static Pattern compile(String pattern, int flags) {
    String java = toJava(pattern, flags);
    try {
      return Pattern.compile(java);
    } catch (PatternSyntaxException e) {
      throw new PatternSyntaxError(
          PatternSyntaxError.Kind.UNSUPPORTED,
          "unsupported by the Java translation of Python regular expressions: "
              + e.getDescription(),
          pattern);
    }
  }

  /**
   * The java.util.regex source equivalent to a Python pattern.
   *
   * @throws PatternSyntaxError where Python raises, with Python's message
   */
  public static String toJava(String pattern, int flags) {
    RegexParser.Parsed parsed = RegexParser.parse(pattern, flags);
    checkLookbehinds(parsed.root(), pattern, parsed);
    return JavaEmitter.emit(parsed, pattern);
  }

  private static void checkLookbehinds(Node node, String pattern, RegexParser.Parsed parsed) {
    if (node instanceof Node.Look && ((Node.Look) node).behind()) {
      long[] width = Widths.of(((Node.Look) node).body(), parsed.groupWidths());
      if (width[0] != width[1]) {
        throw new PatternSyntaxError(
            PatternSyntaxError.Kind.RE_ERROR, "look-behind requires fixed-width pattern", pattern);
      }
    }
    for (Node child : children(node)) {
      checkLookbehinds(child, pattern, parsed);
    }
  }

  private static List<Node> children(Node node) {
    if (node instanceof Node.Conditional) {
      Node.Conditional conditional = (Node.Conditional) node;
      return conditional.no() == null
          ? List.of(conditional.yes())
          : List.of(conditional.yes(), conditional.no());
    }
    return JavaEmitter.children(node);
  }
}
