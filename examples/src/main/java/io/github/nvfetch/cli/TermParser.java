package io.github.nvfetch.cli;

import java.util.Optional;

/**
 * Reads term flags: {@code key=value} (equality), {@code key!=value}, {@code key>=value}, {@code
 * key<=value}, {@code key>value}, {@code key<value} (comparisons) or {@code
 * key~Operator[:argument]} (any matcher). The first of {@code ! < > = ~} ends the key; spaces
 * around the key and the operator are ignored. Values are read by {@link ScalarValues}; list
 * operators ({@code IsIn}, {@code NotIn}, {@code Contains}, {@code NotContains}) take
 * comma-separated values; {@code Pattern} takes a regular expression, with a {@code /i} suffix for
 * case-insensitive matching; {@code IsNull} and {@code NotNull} take nothing. Any other operator
 * ({@code ==}, {@code =>}, {@code !}, {@code <>}, ...) is an error showing the forms.
 */
public final class TermParser {

  /** The forms a term flag may take, for messages. */
  static final String FORMS =
      "KEY=VALUE, KEY!=VALUE, KEY>=VALUE, KEY<=VALUE, KEY>VALUE, "
          + "KEY<VALUE or KEY~Operator:VALUE";

  private static final String OPERATOR_CHARS = "!<>=";

  private TermParser() {}

  /**
   * Parses one flag value.
   *
   * @param text e.g. {@code modality=fMRI-BOLD} or {@code map_type~IsIn:T map,Z map}
   * @return the key and the term value
   * @throws IllegalArgumentException with a one-line message saying what is wrong
   */
  public static TermArgument parse(String text) {
    int split = firstOperatorChar(text);
    if (split < 0) {
      throw new IllegalArgumentException("'" + text + "' is not a term: write " + FORMS);
    }
    String key = text.substring(0, split).strip();
    if (key.isEmpty()) {
      throw new IllegalArgumentException(
          "'" + text + "' has no key before '" + text.charAt(split) + "'");
    }
    if (text.charAt(split) == '~') {
      return new TermArgument(key, matcher(text, text.substring(split + 1).stripLeading()));
    }
    int end = split;
    while (end < text.length() && OPERATOR_CHARS.indexOf(text.charAt(end)) >= 0) {
      end++;
    }
    String symbol = text.substring(split, end);
    String rest = text.substring(end).stripLeading();
    if (symbol.equals("=")) {
      return new TermArgument(key, ScalarValues.parse(rest));
    }
    TermOperator operator =
        TermOperator.bySymbol(symbol)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "'"
                            + symbol
                            + "' in '"
                            + text
                            + "' is not an operator: "
                            + "write "
                            + FORMS));
    return new TermArgument(key, applied(text, operator, rest));
  }

  private static int firstOperatorChar(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '~' || OPERATOR_CHARS.indexOf(c) >= 0) {
        return i;
      }
    }
    return -1;
  }

  private static Object matcher(String text, String rest) {
    int colon = rest.indexOf(':');
    String name = colon < 0 ? rest : rest.substring(0, colon);
    Optional<String> argument =
        colon < 0 ? Optional.empty() : Optional.of(rest.substring(colon + 1));
    TermOperator operator =
        TermOperator.named(name.strip())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "unknown operator '"
                            + name
                            + "' in '"
                            + text
                            + "'; use one of "
                            + TermOperator.names()));
    checkArity(text, operator, argument);
    return applied(text, operator, argument.orElse(""));
  }

  private static Object applied(String text, TermOperator operator, String argument) {
    try {
      return operator.matcher(argument);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "bad argument in '" + text + "': " + Failures.describe(e), e);
    }
  }

  private static void checkArity(String text, TermOperator operator, Optional<String> argument) {
    if (operator.arity() == TermOperator.Arity.NONE && argument.isPresent()) {
      throw new IllegalArgumentException(
          operator.flagName()
              + " takes no value: write '"
              + text.substring(0, text.indexOf('~'))
              + "~"
              + operator.flagName()
              + "'");
    }
    if (operator.arity() != TermOperator.Arity.NONE && argument.isEmpty()) {
      throw new IllegalArgumentException(
          operator.flagName()
              + " needs a value: write '"
              + text
              + ":"
              + (operator.arity() == TermOperator.Arity.LIST ? "a,b" : "value")
              + "'");
    }
  }
}
