package io.github.nvfetch.core.filter;

import static io.github.nvfetch.core.filter.Records.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class IsNullNotNullTest {

  static Stream<Object> falsyValues() {
    return Arrays.stream(new Object[] {null, false, 0L, 0, 0.0, -0.0, "", List.of(), Map.of()});
  }

  static Stream<Object> truthyValues() {
    return Stream.of(
        true, 1L, -1, 0.5, Double.NaN, "a", " ", "0", "False", List.of(0), Map.of("k", ""));
  }

  @ParameterizedTest
  @MethodSource("falsyValues")
  void isNullMatchesEveryFalsyValue(Object value) {
    assertTrue(IsNull.of().matches(value));
    assertFalse(NotNull.of().matches(value));
  }

  @ParameterizedTest
  @MethodSource("truthyValues")
  void notNullMatchesEveryTruthyValue(Object value) {
    assertTrue(NotNull.of().matches(value));
    assertFalse(IsNull.of().matches(value));
  }

  @Test
  void nilearnTestIsNull() {
    IsNull isNull = IsNull.of();
    assertFalse(isNull.matches("a"));
    assertTrue(isNull.matches(""));
    assertEquals("IsNull()", isNull.toString());
  }

  @Test
  void nilearnTestNotNull() {
    NotNull notNull = NotNull.of();
    assertTrue(notNull.matches("a"));
    assertFalse(notNull.matches(""));
    assertEquals("NotNull()", notNull.toString());
  }

  @Test
  void missingAndNullLikeFieldsAreNull() {
    Terms isNull = Terms.of("doi", IsNull.of());
    assertTrue(isNull.test(record()));
    assertTrue(isNull.test(record("doi", null)));
    assertTrue(isNull.test(record("doi", "N/A")));
    assertFalse(isNull.test(record("doi", "10.1/x")));
    Terms notNull = Terms.of("doi", NotNull.of());
    assertFalse(notNull.test(record()));
    assertFalse(notNull.test(record("doi", "None / Other")));
    assertTrue(notNull.test(record("doi", "10.1/x")));
  }

  @Test
  void aMatcherIsTruthySoIsNullNeverEqualsAMatcher() {
    assertFalse(IsNull.of().matches(IsNull.of()));
    assertTrue(NotNull.of().matches(NotNull.of()));
  }

  @Test
  void javaEqualityIsValueBased() {
    assertEquals(IsNull.of(), IsNull.of());
    assertEquals(IsNull.of().hashCode(), IsNull.of().hashCode());
    assertFalse(IsNull.of().equals(NotNull.of()));
  }
}
