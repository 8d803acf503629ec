package io.github.nvfetch.cli;

import java.util.Optional;

/**
 * Reads term flags: {@code key=value} (equality) or {@code key~Operator[:argument]} (a matcher).
 * The first {@code =} or {@code ~} ends the key. Values are read by {@link ScalarValues}; list
 * operators ({@code IsIn}, {@code NotIn}, {@code Contains}, {@code NotContains}) take
 * comma-separated values; {@code Pattern} takes a regular expression, with a {@code /i} suffix
 * for case-insensitive matching; {@code IsNull} and {@code NotNull} take nothing.
 */
public final class TermParser {

  private TermParser() {}

  /**
   * Parses one flag value.
   *
   * @param text e.g. {@code modality=fMRI-BOLD} or {@code map_type~IsIn:T map,Z map}
   * @return the key and the term value
   * @throws IllegalArgumentException with a one-line message saying what is wrong
   */
  public static TermArgument parse(String text) {
    int equals = text.indexOf('=');
    int tilde = text.indexOf('~');
    boolean isMatcher = tilde >= 0 && (equals < 0 || tilde < equals);
    int split = isMatcher ? tilde : equals;
    if (split < 0) {
      throw new IllegalArgumentException("'" + text + "' is not a term: write key=value or "
          + "key~Operator:value");
    }
    String key = text.substring(0, split);
    if (key.isBlank()) {
      throw new IllegalArgumentException("'" + text + "' has no key before '"
          + text.charAt(split) + "'");
    }
    String rest = text.substring(split + 1);
    Object value = isMatcher ? matcher(text, rest) : ScalarValues.parse(rest);
    return new TermArgument(key, value);
  }

  private static Object matcher(String text, String rest) {
    int colon = rest.indexOf(':');
    String name = colon < 0 ? rest : rest.substring(0, colon);
    Optional<String> argument = colon < 0 ? Optional.empty()
        : Optional.of(rest.substring(colon + 1));
    TermOperator operator = TermOperator.named(name).orElseThrow(() ->
        new IllegalArgumentException("unknown operator '" + name + "' in '" + text
            + "'; use one of " + TermOperator.names()));
    checkArity(text, operator, argument);
    try {
      return operator.matcher(argument.orElse(""));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("bad argument in '" + text + "': "
          + Failures.describe(e), e);
    }
  }

  private static void checkArity(String text, TermOperator operator, Optional<String> argument) {
    if (operator.arity() == TermOperator.Arity.NONE && argument.isPresent()) {
      throw new IllegalArgumentException(operator.flagName() + " takes no value: write '"
          + text.substring(0, text.indexOf('~')) + "~" + operator.flagName() + "'");
    }
    if (operator.arity() != TermOperator.Arity.NONE && argument.isEmpty()) {
      throw new IllegalArgumentException(operator.flagName() + " needs a value: write '"
          + text + ":" + (operator.arity() == TermOperator.Arity.LIST ? "a,b" : "value") + "'");
    }
  }
}
