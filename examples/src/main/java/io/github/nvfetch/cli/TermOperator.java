package io.github.nvfetch.cli;

import io.github.nvfetch.core.filter.Contains;
import io.github.nvfetch.core.filter.GreaterOrEqual;
import io.github.nvfetch.core.filter.GreaterThan;
import io.github.nvfetch.core.filter.IsIn;
import io.github.nvfetch.core.filter.IsNull;
import io.github.nvfetch.core.filter.LessOrEqual;
import io.github.nvfetch.core.filter.LessThan;
import io.github.nvfetch.core.filter.NotContains;
import io.github.nvfetch.core.filter.NotEqual;
import io.github.nvfetch.core.filter.NotIn;
import io.github.nvfetch.core.filter.NotNull;
import io.github.nvfetch.core.filter.Pattern;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The operators of a term flag ({@code key~Operator:argument}): nilearn's twelve special values.
 * Names match in any case.
 */
enum TermOperator {

  /** {@code ~IsNull}: the field is missing or falsy. */
  IS_NULL("IsNull", "", Arity.NONE, arg -> IsNull.of()),
  /** {@code ~NotNull}: the field is present and truthy. */
  NOT_NULL("NotNull", "", Arity.NONE, arg -> NotNull.of()),
  /** {@code ~NotEqual:v}. */
  NOT_EQUAL("NotEqual", "!=", Arity.ONE, arg -> NotEqual.of(ScalarValues.parse(arg))),
  /** {@code ~GreaterThan:v}. */
  GREATER_THAN("GreaterThan", ">", Arity.ONE, arg -> GreaterThan.of(TermOperator.bound(arg))),
  /** {@code ~GreaterOrEqual:v}. */
  GREATER_OR_EQUAL(
      "GreaterOrEqual", ">=", Arity.ONE, arg -> GreaterOrEqual.of(TermOperator.bound(arg))),
  /** {@code ~LessThan:v}. */
  LESS_THAN("LessThan", "<", Arity.ONE, arg -> LessThan.of(TermOperator.bound(arg))),
  /** {@code ~LessOrEqual:v}. */
  LESS_OR_EQUAL("LessOrEqual", "<=", Arity.ONE, arg -> LessOrEqual.of(TermOperator.bound(arg))),
  /** {@code ~IsIn:a,b}. */
  IS_IN("IsIn", "", Arity.LIST, arg -> IsIn.ofAll(ScalarValues.parseList(arg))),
  /** {@code ~NotIn:a,b}. */
  NOT_IN("NotIn", "", Arity.LIST, arg -> NotIn.ofAll(ScalarValues.parseList(arg))),
  /** {@code ~Contains:a,b}. */
  CONTAINS("Contains", "", Arity.LIST, arg -> Contains.ofAll(ScalarValues.parseList(arg))),
  /** {@code ~NotContains:a,b}. */
  NOT_CONTAINS(
      "NotContains", "", Arity.LIST, arg -> NotContains.ofAll(ScalarValues.parseList(arg))),
  /** {@code ~Pattern:regex}, {@code ~Pattern:regex/i} for case-insensitive matching. */
  PATTERN("Pattern", "", Arity.ONE, TermOperator::pattern);

  /** What an operator takes after the colon. */
  enum Arity {
    /** Nothing: no colon. */
    NONE,
    /** One value. */
    ONE,
    /** A comma-separated list. */
    LIST
  }

  private static final String CASE_INSENSITIVE_SUFFIX = "/i";

  private final String flagName;
  private final String symbol;
  private final Arity arity;

  @SuppressWarnings("ImmutableEnumChecker") // a stateless lambda
  private final Function<String, Object> factory;

  TermOperator(String flagName, String symbol, Arity arity, Function<String, Object> factory) {
    this.flagName = flagName;
    this.symbol = symbol;
    this.arity = arity;
    this.factory = factory;
  }

  /** The name written after {@code ~}, e.g. {@code IsIn}. */
  String flagName() {
    return flagName;
  }

  /** What the operator takes after the colon. */
  Arity arity() {
    return arity;
  }

  /**
   * The matcher for an argument (ignored when the operator takes none).
   *
   * @throws IllegalArgumentException for an argument the matcher rejects
   */
  Object matcher(String argument) {
    return factory.apply(argument);
  }

  /** The operator with this name, in any case. */
  static Optional<TermOperator> named(String name) {
    return Arrays.stream(values())
        .filter(op -> op.flagName.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
        .findFirst();
  }

  /** The comparison written as a symbol ({@code !=}, {@code >=}, ...), if it has one. */
  static Optional<TermOperator> bySymbol(String symbol) {
    return Arrays.stream(values())
        .filter(op -> !op.symbol.isEmpty() && op.symbol.equals(symbol))
        .findFirst();
  }

  /** The names, for messages: {@code IsNull, NotNull, ...}. */
  static String names() {
    return String.join(", ", Arrays.stream(values()).map(TermOperator::flagName).toList());
  }

  private static Comparable<?> bound(String text) {
    Object value = ScalarValues.parse(text);
    if (!(value instanceof Comparable<?> comparable)) {
      throw new IllegalArgumentException(
          "a comparison needs a number, a string or a boolean, " + "not null");
    }
    return comparable;
  }

  private static Pattern pattern(String text) {
    if (text.endsWith(CASE_INSENSITIVE_SUFFIX)) {
      return Pattern.of(
          text.substring(0, text.length() - CASE_INSENSITIVE_SUFFIX.length()),
          Pattern.Flag.IGNORECASE);
    }
    return Pattern.of(text);
  }
}
