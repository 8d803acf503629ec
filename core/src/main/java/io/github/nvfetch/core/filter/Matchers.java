package io.github.nvfetch.core.filter;

import java.util.Collection;

/**
 * Static factories for every matcher, for a compact style with a static import: {@code
 * Terms.of("map_type", isIn("T map", "Z map"), "modify_date", greaterThan("2016"))}. Each method is
 * the same as the matcher's own {@code of} factory.
 */
public final class Matchers {

  private Matchers() {}

  /** {@link IsNull#of()}. */
  public static IsNull isNull() {
    return IsNull.of();
  }

  /** {@link NotNull#of()}. */
  public static NotNull notNull() {
    return NotNull.of();
  }

  /** {@link NotEqual#of(Object)}. */
  public static NotEqual notEqual(Object value) {
    return NotEqual.of(value);
  }

  /** {@link GreaterOrEqual#of(Comparable)}. */
  public static GreaterOrEqual greaterOrEqual(Comparable<?> bound) {
    return GreaterOrEqual.of(bound);
  }

  /** {@link GreaterThan#of(Comparable)}. */
  public static GreaterThan greaterThan(Comparable<?> bound) {
    return GreaterThan.of(bound);
  }

  /** {@link LessOrEqual#of(Comparable)}. */
  public static LessOrEqual lessOrEqual(Comparable<?> bound) {
    return LessOrEqual.of(bound);
  }

  /** {@link LessThan#of(Comparable)}. */
  public static LessThan lessThan(Comparable<?> bound) {
    return LessThan.of(bound);
  }

  /** {@link IsIn#of(Object...)}. */
  public static IsIn isIn(Object... accepted) {
    return IsIn.of(accepted);
  }

  /** {@link IsIn#ofAll(Collection)}. */
  public static IsIn isInAll(Collection<?> accepted) {
    return IsIn.ofAll(accepted);
  }

  /** {@link NotIn#of(Object...)}. */
  public static NotIn notIn(Object... rejected) {
    return NotIn.of(rejected);
  }

  /** {@link NotIn#ofAll(Collection)}. */
  public static NotIn notInAll(Collection<?> rejected) {
    return NotIn.ofAll(rejected);
  }

  /** {@link Contains#of(Object...)}. */
  public static Contains contains(Object... required) {
    return Contains.of(required);
  }

  /** {@link NotContains#of(Object...)}. */
  public static NotContains notContains(Object... forbidden) {
    return NotContains.of(forbidden);
  }

  /** {@link Pattern#of(String, Pattern.Flag...)}. */
  public static Pattern pattern(String regex, Pattern.Flag... flags) {
    return Pattern.of(regex, flags);
  }
}
