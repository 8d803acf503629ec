package io.github.nvfetch.core.filter;

import static io.github.nvfetch.core.filter.Records.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.ImageMeta;
import io.github.nvfetch.core.Metadata;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** nilearn's test_result_filter_combinations, with full truth tables. */
class ResultFilterCombinationsTest {

  private static final ResultFilter FILTER_0 = ResultFilter.of(Terms.of("a", 0, "b", 1));
  private static final ResultFilter FILTER_1 = ResultFilter.of(Terms.of("c", 2, "d", 3));

  /** A record on which FILTER_0 holds iff {@code first} and FILTER_1 holds iff {@code second}. */
  private static ImageMeta recordFor(boolean first, boolean second) {
    return record("a", first ? 0 : null, "b", 1, "c", 2, "d", second ? 3 : null);
  }

  @ParameterizedTest(name = "{0} op {1}")
  @CsvSource({"true,true", "true,false", "false,true", "false,false"})
  void truthTables(boolean first, boolean second) {
    ImageMeta candidate = recordFor(first, second);
    assertEquals(first, FILTER_0.test(candidate));
    assertEquals(second, FILTER_1.test(candidate));
    assertEquals(first && second, FILTER_0.and(FILTER_1).test(candidate));
    assertEquals(first || second, FILTER_0.or(FILTER_1).test(candidate));
    assertEquals(first ^ second, FILTER_0.xor(FILTER_1).test(candidate));
    assertEquals(!first, FILTER_0.not().test(candidate));
    assertEquals(!first, FILTER_0.negate().test(candidate));
  }

  @Test
  void nilearnNotCases() {
    ResultFilter notFilter0 = FILTER_0.not();
    assertTrue(notFilter0.test(record()));
    assertFalse(notFilter0.test(record("a", 0, "b", 1)));
  }

  @Test
  void combinesWithALambda() {
    Predicate<Metadata> filter2 =
        ResultFilter.of(Terms.of("a", NotNull.of())).and(m -> m.size() < 3);
    assertTrue(filter2.test(record("a", "a")));
    assertFalse(filter2.test(record("a", "")));
    assertFalse(filter2.test(record("a", "a", "b", 0)));
  }

  @Test
  void nestedCombination() {
    ResultFilter filter =
        ResultFilter.of(Terms.of("a", 0))
            .and(ResultFilter.of(Terms.of("b", 1)).or(ResultFilter.of(Terms.of("b", 2))));
    assertTrue(filter.test(record("a", 0, "b", 1)));
    assertTrue(filter.test(record("a", 0, "b", 2)));
    assertFalse(filter.test(record("a", 0, "b", 0)));
    assertFalse(filter.test(record("a", 1, "b", 1)));
  }

  @Test
  void combinationsHaveNoTermsOfTheirOwn() {
    ResultFilter combined = FILTER_0.and(FILTER_1);
    assertTrue(combined.terms().isEmpty());
    assertEquals("ResultFilter", combined.toString());
  }

  @Test
  void derivingFromAnOperandLaterDoesNotChangeACombination() {
    ResultFilter original = ResultFilter.of(Terms.of("a", 0));
    ResultFilter combination = original.or(ResultFilter.of(Terms.of("b", 1)));
    ResultFilter changed = original.withTerm("a", 5).addFilter(m -> false);
    ImageMeta candidate = record("a", 0);
    assertTrue(combination.test(candidate));
    assertFalse(changed.test(candidate));
    assertTrue(original.test(candidate));
  }

  @Test
  void andAndOrShortCircuit() {
    AtomicInteger calls = new AtomicInteger();
    Predicate<Metadata> counted = m -> calls.incrementAndGet() > 0;
    ImageMeta candidate = recordFor(false, true);
    FILTER_0.and(counted).test(candidate);
    assertEquals(0, calls.get(), "AND skips the right side when the left fails");
    FILTER_0.not().or(counted).test(candidate);
    assertEquals(0, calls.get(), "OR skips the right side when the left holds");
    FILTER_0.xor(counted).test(candidate);
    assertEquals(1, calls.get(), "XOR always needs both sides");
  }

  @Test
  void nAryFoldsMatchChainedCalls() {
    ResultFilter third = ResultFilter.of(Terms.of("e", 4));
    ResultFilter chained = FILTER_0.xor(FILTER_1).xor(third);
    ImageMeta allThree = record("a", 0, "b", 1, "c", 2, "d", 3, "e", 4);
    assertTrue(chained.test(allThree), "true xor true xor true is true");
  }
}
