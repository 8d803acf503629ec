package io.github.nvfetch.core.filter;

import static io.github.nvfetch.core.filter.Records.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.Metadata;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** nilearn's test_result_filter; records carry an extra "id" field, so sizes are one more. */
class ResultFilterTest {

  @Test
  void nilearnTestResultFilterTermsAndPredicate() {
    ResultFilter filter0 = ResultFilter.of(Terms.of("a", 0, "b", 1), m -> m.size() < 6);
    assertEquals("ResultFilter", filter0.toString());
    assertEquals(0L, filter0.term("a"));
    assertTrue(filter0.test(record("a", 0, "b", 1, "c", 2)));
    assertFalse(filter0.test(record("a", 0, "b", 1, "c", 2, "d", 3, "e", 4)));
    assertFalse(filter0.test(record("b", 1, "c", 2, "d", 3)));
    assertFalse(filter0.test(record("a", 1, "b", 1, "c", 2)));
  }

  @Test
  void nilearnTestResultFilterItemAccess() {
    ResultFilter filter1 = ResultFilter.of(Terms.of("c", 2)).withTerm("d", NotNull.of());
    assertTrue(filter1.test(record("c", 2, "d", 1)));
    assertFalse(filter1.test(record("c", 2, "d", 0)));

    filter1 = filter1.withTerm("d", IsIn.of(0, 1));
    assertTrue(filter1.test(record("c", 2, "d", 1)));
    assertFalse(filter1.test(record("c", 2, "d", 2)));

    filter1 = filter1.withoutTerm("d");
    assertTrue(filter1.test(record("c", 2, "d", 2)));

    filter1 = filter1.withTerm("d", NotIn.of(0, 1));
    assertFalse(filter1.test(record("c", 2, "d", 1)));
    assertTrue(filter1.test(record("c", 2, "d", 3)));

    filter1 = filter1.addFilter(m -> m.size() > 3);
    assertFalse(filter1.test(record("c", 2, "d", 3)));
    assertTrue(filter1.test(record("c", 2, "d", 3, "e", 4)));
  }

  @Test
  void mutatorsReturnNewFiltersAndLeaveTheOriginalUnchanged() {
    ResultFilter original = ResultFilter.of(Terms.of("c", 2));
    ResultFilter derived = original.withTerm("d", 1).addFilter(m -> false);
    assertTrue(original.test(record("c", 2)));
    assertFalse(derived.test(record("c", 2, "d", 1)));
    assertEquals(Terms.of("c", 2), original.terms());
    assertEquals(Terms.of("c", 2, "d", 1), derived.terms());
  }

  @Test
  void withoutTermIsANoOpWhenAbsent() {
    ResultFilter filter = ResultFilter.of(Terms.of("a", 1));
    assertSame(filter, filter.withoutTerm("missing"));
    assertNull(filter.term("missing"));
  }

  @Test
  void emptyFilterMatchesEverything() {
    assertTrue(ResultFilter.empty().test(record()));
    assertTrue(ResultFilter.empty().terms().isEmpty());
  }

  @Test
  void termsAreCheckedBeforePredicatesWhichRunInOrder() {
    AtomicInteger calls = new AtomicInteger();
    Predicate<Metadata> counting = m -> calls.incrementAndGet() > 0;
    ResultFilter filter =
        ResultFilter.of(Terms.of("a", 1), counting).addFilter(m -> false).addFilter(counting);
    assertFalse(filter.test(record("a", 2)));
    assertEquals(0, calls.get());
    assertFalse(filter.test(record("a", 1)));
    assertEquals(1, calls.get());
  }

  @Test
  void acceptsPredicatesOnMetadataAndWorksOnCollections() {
    ResultFilter filter = ResultFilter.of(m -> m.id() > 10);
    assertTrue(filter.test(record("id", 11)));
    assertFalse(filter.test(record("id", 10)));
  }
}
