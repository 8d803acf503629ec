package io.github.nvfetch.core.filter;

import io.github.nvfetch.core.Metadata;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * nilearn's {@code ResultFilter}: {@link Terms} plus any number of predicates, all of which must
 * hold. Terms are checked first, in order, then the predicates, in the order they were added.
 *
 * <p>Immutable: every "mutator" returns a new filter. Combinations ({@link #and}, {@link #or},
 * {@link #xor}, {@link #not}) return a filter without terms whose single predicate combines the
 * operands with short-circuit evaluation; since the operands cannot change, deriving new filters
 * from them later never affects a combination (what nilearn's deep copies achieve).
 *
 * <p>Combined with another {@code ResultFilter}, the result is a {@code ResultFilter}. Combined
 * with any {@link Predicate}, a lambda included, the result is a {@code Predicate} over the
 * predicate's record type, so lambdas over the concrete type compose:
 *
 * <pre>{@code
 * Predicate<ImageMeta> tMaps = ResultFilter.of(terms)
 *     .and((ImageMeta image) -> image.mapType().filter("T map"::equals).isPresent());
 * }</pre>
 *
 * <p>A filter is not itself a {@code Predicate} (a {@code Predicate<Metadata>} could not take a
 * lambda over {@code ImageMeta}); request builders accept it directly, and {@link #asPredicate()}
 * or {@code filter::test} give a predicate over any record type.
 */
public final class ResultFilter {

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
  public @Nullable Object term(String key) {
    return terms.get(key);
  }

  /** nilearn's {@code filter[key] = value}: a copy with the term set (replaced in place). */
  public ResultFilter withTerm(String key, Object value) {
    return new ResultFilter(terms.with(key, value), filters);
  }

  /** nilearn's {@code del filter[key]}: a copy without the term; no-op when it is absent. */
  public ResultFilter withoutTerm(String key) {
    Terms remaining = terms.without(key);
    return remaining.equals(terms) ? this : new ResultFilter(remaining, filters);
  }

  /** nilearn's {@code add_filter}: a copy in which this predicate must also hold. */
  public ResultFilter addFilter(Predicate<? super Metadata> filter) {
    List<Predicate<? super Metadata>> more = new ArrayList<>(filters);
    more.add(Objects.requireNonNull(filter, "filter"));
    return new ResultFilter(terms, Collections.unmodifiableList(more));
  }

  /** True when every term and every predicate holds for the record. */
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

  /** nilearn's {@code AND} of two filters: this one and then, only if it holds, the other. */
  public ResultFilter and(ResultFilter other) {
    Objects.requireNonNull(other, "other");
    return of(metadata -> test(metadata) && other.test(metadata));
  }

  /**
   * nilearn's {@code AND} with any predicate: this filter and then, only if it holds, the other.
   * The result is a predicate over the other's record type, so a lambda over the concrete type
   * composes: {@code filter.and((ImageMeta image) -> image.mapType().isPresent())} is a {@code
   * Predicate<ImageMeta>}, and so is {@code filter.and(aPredicateOfImageMeta)}.
   *
   * @param <M> the record type the result tests ({@link Metadata} for a plain lambda)
   */
  public <M extends Metadata> Predicate<M> and(Predicate<? super M> other) {
    Objects.requireNonNull(other, "other");
    return metadata -> test(metadata) && other.test(metadata);
  }

  /** nilearn's {@code OR} of two filters: this one or else, only if it fails, the other. */
  public ResultFilter or(ResultFilter other) {
    Objects.requireNonNull(other, "other");
    return of(metadata -> test(metadata) || other.test(metadata));
  }

  /**
   * nilearn's {@code OR} with any predicate, typed like {@link #and(Predicate)}.
   *
   * @param <M> the record type the result tests
   */
  public <M extends Metadata> Predicate<M> or(Predicate<? super M> other) {
    Objects.requireNonNull(other, "other");
    return metadata -> test(metadata) || other.test(metadata);
  }

  /** nilearn's {@code XOR} of two filters: exactly one of them holds. */
  public ResultFilter xor(ResultFilter other) {
    Objects.requireNonNull(other, "other");
    return of(metadata -> test(metadata) != other.test(metadata));
  }

  /**
   * nilearn's {@code XOR} with any predicate, typed like {@link #and(Predicate)}.
   *
   * @param <M> the record type the result tests
   */
  public <M extends Metadata> Predicate<M> xor(Predicate<? super M> other) {
    Objects.requireNonNull(other, "other");
    return metadata -> test(metadata) != other.test(metadata);
  }

  /** nilearn's {@code NOT}: the opposite of this filter. */
  public ResultFilter not() {
    return of(metadata -> !test(metadata));
  }

  /** The same as {@link #not()}. */
  public ResultFilter negate() {
    return not();
  }

  /**
   * This filter as a predicate over any record type: {@code Predicate<ImageMeta> p =
   * filter.asPredicate();} (a method reference, {@code filter::test}, works as well).
   *
   * @param <M> the record type the predicate tests
   */
  public <M extends Metadata> Predicate<M> asPredicate() {
    return this::test;
  }

  /** nilearn's {@code str(filter)}: {@code "ResultFilter"}. */
  @Override
  public String toString() {
    return "ResultFilter";
  }
}
