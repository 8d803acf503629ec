package io.github.nvfetch.core.filter;

import io.github.nvfetch.core.Metadata;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * nilearn's {@code ResultFilter}: {@link Terms} plus any number of predicates, all of which must
 * hold. Terms are checked first, in order, then the predicates, in the order they were added.
 *
 * <p>Immutable: every "mutator" returns a new filter. Combinations ({@link #and}, {@link #or},
 * {@link #xor}, {@link #not}) return a filter without terms whose single predicate combines the
 * operands with short-circuit evaluation; since the operands cannot change, deriving new filters
 * from them later never affects a combination (what nilearn's deep copies achieve). Any
 * {@code Predicate<? super Metadata>}, a lambda included, combines with a filter.
 */
public final class ResultFilter implements Predicate<Metadata> {

  private static final ResultFilter EMPTY = new ResultFilter(Terms.of(), List.of());

  private final Terms terms;
  private final List<Predicate<? super Metadata>> filters;

  private ResultFilter(Terms terms, List<Predicate<? super Metadata>> filters) {
    this.terms = terms;
    this.filters = filters;
  }

  /** A filter that matches every record. */
  public static ResultFilter empty() {
    return EMPTY;
  }

  /** A filter made of terms only. */
  public static ResultFilter of(Terms terms) {
    return new ResultFilter(Objects.requireNonNull(terms, "terms"), List.of());
  }

  /** A filter made of one predicate only. */
  public static ResultFilter of(Predicate<? super Metadata> filter) {
    return EMPTY.addFilter(filter);
  }

  /** A filter made of terms and a predicate (nilearn's {@code ResultFilter(terms, callable)}). */
  public static ResultFilter of(Terms terms, Predicate<? super Metadata> filter) {
    return of(terms).addFilter(filter);
  }

  /** The terms of this filter. */
  public Terms terms() {
    return terms;
  }

  /**
   * nilearn's {@code filter[key]}: the value of one term, or {@code null} when there is no such
   * term (use {@code terms().containsKey(key)} to tell it from a {@code null} term).
   */
  public Object term(String key) {
    return terms.get(key);
  }

  /** nilearn's {@code filter[key] = value}: a copy with the term set (replaced in place). */
  public ResultFilter withTerm(String key, Object value) {
    return new ResultFilter(terms.with(key, value), filters);
  }

  /** nilearn's {@code del filter[key]}: a copy without the term; no-op when it is absent. */
  public ResultFilter withoutTerm(String key) {
    Terms remaining = terms.without(key);
    return remaining == terms ? this : new ResultFilter(remaining, filters);
  }

  /** nilearn's {@code add_filter}: a copy in which this predicate must also hold. */
  public ResultFilter addFilter(Predicate<? super Metadata> filter) {
    List<Predicate<? super Metadata>> more = new ArrayList<>(filters);
    more.add(Objects.requireNonNull(filter, "filter"));
    return new ResultFilter(terms, Collections.unmodifiableList(more));
  }

  /** True when every term and every predicate holds for the record. */
  @Override
  public boolean test(Metadata metadata) {
    if (!terms.test(metadata)) {
      return false;
    }
    for (Predicate<? super Metadata> filter : filters) {
      if (!filter.test(metadata)) {
        return false;
      }
    }
    return true;
  }

  /** nilearn's {@code AND}: this filter and then, only if it holds, the other. */
  @Override
  public ResultFilter and(Predicate<? super Metadata> other) {
    Objects.requireNonNull(other, "other");
    return of(metadata -> test(metadata) && other.test(metadata));
  }

  /** nilearn's {@code OR}: this filter or else, only if it fails, the other. */
  @Override
  public ResultFilter or(Predicate<? super Metadata> other) {
    Objects.requireNonNull(other, "other");
    return of(metadata -> test(metadata) || other.test(metadata));
  }

  /** nilearn's {@code XOR}: exactly one of this filter and the other holds. */
  public ResultFilter xor(Predicate<? super Metadata> other) {
    Objects.requireNonNull(other, "other");
    return of(metadata -> test(metadata) != other.test(metadata));
  }

  /** nilearn's {@code NOT}: the opposite of this filter. */
  public ResultFilter not() {
    return of(metadata -> !test(metadata));
  }

  /** The same as {@link #not()}. */
  @Override
  public ResultFilter negate() {
    return not();
  }

  /** nilearn's {@code str(filter)}: {@code "ResultFilter"}. */
  @Override
  public String toString() {
    return "ResultFilter";
  }
}
