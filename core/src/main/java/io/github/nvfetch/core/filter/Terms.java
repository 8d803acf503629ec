package io.github.nvfetch.core.filter;

import io.github.nvfetch.core.Metadata;
import io.github.nvfetch.core.internal.PythonRepr;
import io.github.nvfetch.core.internal.PythonValues;
import io.github.nvfetch.core.internal.TermValues;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * An immutable, ordered map of filter terms: metadata key to a plain value (Python equality) or a
 * {@link ValueMatcher}. nilearn's {@code image_terms} / {@code collection_terms} dicts.
 *
 * <p>As a {@link Predicate}, a record passes when every term holds, in insertion order, comparing
 * the term value (left) with {@code metadata.get(key)} (right) as Python's {@code ==} does; a
 * missing key reads {@code null}. A {@code null} term value means "{@code == None}": it matches
 * only null or missing fields. Plain values follow Python: {@code false} is also satisfied by
 * {@code 0} and {@code 0.0}, never by a missing key or {@code "false"}.
 *
 * <p>Values are normalized on the way in (Integer to Long, Float to Double, lists and maps copied
 * and made unmodifiable), so terms are deeply immutable. {@link #equals(Object)} is Java value
 * equality, not Python's {@code ==}.
 */
public final class Terms implements Predicate<Metadata> {

  /** nilearn's {@code _COL_FILTERS_AVAILABLE_ON_SERVER}: collection keys the API can filter. */
  public static final List<String> COLLECTION_SERVER_KEYS = List.of("DOI", "name", "owner", "id");

  private static final Terms EMPTY = new Terms(new LinkedHashMap<>());

  private final Map<String, Object> terms;

  @SuppressWarnings("NonApiType") // private: the order of the terms is part of the value
  private Terms(LinkedHashMap<String, Object> terms) {
    this.terms = Collections.unmodifiableMap(terms);
  }

  /** No terms: matches every record. */
  public static Terms of() {
    return EMPTY;
  }

  /** One term. */
  public static Terms of(String key, @Nullable Object value) {
    return EMPTY.with(key, value);
  }

  /** Two terms, in this order. */
  public static Terms of(String key1, Object value1, String key2, Object value2) {
    return of(key1, value1).with(key2, value2);
  }

  /** Three terms, in this order. */
  public static Terms of(
      String key1, Object value1, String key2, Object value2, String key3, Object value3) {
    return of(key1, value1, key2, value2).with(key3, value3);
  }

  /** Four terms, in this order. */
  public static Terms of(
      String key1,
      Object value1,
      String key2,
      Object value2,
      String key3,
      Object value3,
      String key4,
      Object value4) {
    return of(key1, value1, key2, value2, key3, value3).with(key4, value4);
  }

  /** The terms of a map, in its iteration order. */
  public static Terms copyOf(Map<String, ?> terms) {
    Builder builder = builder();
    terms.forEach(builder::put);
    return builder.build();
  }

  /** A builder that starts empty. */
  public static Builder builder() {
    return new Builder(new LinkedHashMap<>());
  }

  /**
   * These terms plus one: a new key goes last, an existing key is replaced in place (Python {@code
   * d[key] = value}).
   *
   * @throws IllegalArgumentException for a value outside the metadata value model
   */
  public Terms with(String key, @Nullable Object value) {
    LinkedHashMap<String, Object> copy = new LinkedHashMap<>(terms);
    copy.put(Objects.requireNonNull(key, "key"), TermValues.normalize(value));
    return new Terms(copy);
  }

  /** These terms without one key; the same terms when the key is absent. */
  public Terms without(String key) {
    if (!terms.containsKey(key)) {
      return this;
    }
    LinkedHashMap<String, Object> copy = new LinkedHashMap<>(terms);
    copy.remove(key);
    return new Terms(copy);
  }

  /**
   * nilearn's {@code dict(terms, **later)}: the later terms override those with the same key, which
   * keep their position; new keys are appended in the later order; other terms stay.
   */
  public Terms merge(Terms later) {
    LinkedHashMap<String, Object> copy = new LinkedHashMap<>(terms);
    copy.putAll(later.terms);
    return new Terms(copy);
  }

  /** The value of a term, or {@code null} when absent (see {@link #containsKey(String)}). */
  public @Nullable Object get(String key) {
    return terms.get(key);
  }

  /** True when a term exists for the key, also when its value is {@code null}. */
  public boolean containsKey(String key) {
    return terms.containsKey(key);
  }

  /** The keys, in insertion order. */
  public Set<String> keys() {
    return terms.keySet();
  }

  /** True when there is no term. */
  public boolean isEmpty() {
    return terms.isEmpty();
  }

  /** The number of terms. */
  public int size() {
    return terms.size();
  }

  /** The terms as an unmodifiable, insertion-ordered map (values may be {@code null}). */
  public Map<String, Object> asMap() {
    return terms;
  }

  /** True when every term holds for the record (nilearn's {@code ResultFilter} term loop). */
  @Override
  public boolean test(Metadata metadata) {
    for (Map.Entry<String, Object> term : terms.entrySet()) {
      if (!PythonValues.equal(term.getValue(), metadata.get(term.getKey()))) {
        return false;
      }
    }
    return true;
  }

  /**
   * nilearn's {@code _split_terms}, server half: the terms the NeuroVault API can apply, that is
   * those whose key is one of {@code serverKeys} and whose value is a plain string or integer (not
   * a matcher, a float, a list, null, nor a boolean; nilearn lets booleans through because {@code
   * bool} is an {@code int}, which only builds useless URLs).
   *
   * @param serverKeys keys the server filters on, e.g. {@link #COLLECTION_SERVER_KEYS}; the result
   *     follows this order, as nilearn's does
   */
  public Terms serverSideTerms(Collection<String> serverKeys) {
    LinkedHashMap<String, Object> server = new LinkedHashMap<>();
    for (String key : serverKeys) {
      if (terms.containsKey(key) && isServerValue(terms.get(key))) {
        server.put(key, terms.get(key));
      }
    }
    return new Terms(server);
  }

  /** nilearn's {@code _split_terms}, local half: every term {@link #serverSideTerms} leaves. */
  public Terms localTerms(Collection<String> serverKeys) {
    Terms local = this;
    for (String key : serverSideTerms(serverKeys).keys()) {
      local = local.without(key);
    }
    return local;
  }

  private static boolean isServerValue(@Nullable Object value) {
    return value instanceof String || value instanceof Long || value instanceof BigInteger;
  }

  /** A builder pre-filled with these terms. */
  public Builder toBuilder() {
    return new Builder(new LinkedHashMap<>(terms));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Terms && terms.equals(((Terms) other).terms);
  }

  @Override
  public int hashCode() {
    return terms.hashCode();
  }

  /**
   * The Python repr of the dict, e.g. {@code {'not_mni': False, 'image_type': NotEqual('atlas')}}.
   */
  @Override
  public String toString() {
    return PythonRepr.repr(terms);
  }

  /** Collects terms in order; a repeated key replaces the earlier value in place. */
  public static final class Builder {

    private final LinkedHashMap<String, Object> terms;

    @SuppressWarnings("NonApiType") // private: the order of the terms is part of the value
    private Builder(LinkedHashMap<String, Object> terms) {
      this.terms = terms;
    }

    /**
     * Sets one term.
     *
     * @throws IllegalArgumentException for a value outside the metadata value model
     */
    public Builder put(String key, @Nullable Object value) {
      terms.put(Objects.requireNonNull(key, "key"), TermValues.normalize(value));
      return this;
    }

    /** Removes one term, if present. */
    public Builder remove(String key) {
      terms.remove(key);
      return this;
    }

    /** The immutable terms. */
    public Terms build() {
      return new Terms(new LinkedHashMap<>(terms));
    }
  }
}
