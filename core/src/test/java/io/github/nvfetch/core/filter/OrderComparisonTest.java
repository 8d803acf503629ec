package io.github.nvfetch.core.filter;

import static io.github.nvfetch.core.filter.Records.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OrderComparisonTest {

  @Test
  void nilearnTestOrderComp() {
    GreaterOrEqual geq = GreaterOrEqual.of("2016-07-12T11:29:12.263046Z");
    assertTrue(geq.matches("2016-08-12T11:29:12.263046Z"));
    assertFalse(geq.matches("2016-06-12T11:29:12.263046Z"));
    assertEquals("GreaterOrEqual('2016-07-12T11:29:12.263046Z')", geq.toString());

    GreaterThan gt = GreaterThan.of("abc");
    assertFalse(gt.matches("abc"));
    assertTrue(gt.matches("abd"));
    assertEquals("GreaterThan('abc')", gt.toString());

    LessThan lt = LessThan.of(7);
    assertFalse(lt.matches(7L));
    assertTrue(lt.matches(5L));
    assertFalse(lt.matches("a"));
    assertEquals("LessThan(7)", lt.toString());

    LessOrEqual leq = LessOrEqual.of(4.5);
    assertTrue(leq.matches(4.4));
    assertFalse(leq.matches(4.6));
    assertEquals("LessOrEqual(4.5)", leq.toString());
  }

  @Test
  void isoDatePrefixComparesLexicographically() {
    GreaterOrEqual since = GreaterOrEqual.of("2016-01-01");
    assertTrue(since.matches("2016-02-12T11:29:12.263046Z"));
    assertTrue(since.matches("2016-01-01"));
    assertFalse(since.matches("2015-12-31T23:59:59Z"));
  }

  @Test
  void boundaryValues() {
    assertTrue(GreaterOrEqual.of(3).matches(3L));
    assertFalse(GreaterThan.of(3).matches(3L));
    assertTrue(LessOrEqual.of(3).matches(3L));
    assertFalse(LessThan.of(3).matches(3L));
    assertTrue(LessOrEqual.of(4.5).matches(4.5));
    assertFalse(LessThan.of(4.5).matches(4.5));
  }

  @Nested
  class IntegerBound {

    @Test
    void truncatesFloatsTowardZero() {
      assertFalse(GreaterThan.of(3).matches(3.9));
      assertTrue(GreaterOrEqual.of(3).matches(3.9));
      assertTrue(LessThan.of(0).matches(-1.5));
      assertFalse(LessThan.of(0).matches(-0.9));
    }

    @Test
    void parsesIntegerStringsOnly() {
      assertTrue(GreaterThan.of(4).matches("5"));
      assertTrue(GreaterThan.of(4).matches(" +5 "));
      assertTrue(GreaterThan.of(999).matches("1_000"));
      assertFalse(GreaterThan.of(4).matches("5.5"));
      assertFalse(GreaterThan.of(4).matches("1e3"));
      assertFalse(LessThan.of(4).matches("a"));
    }

    @Test
    void readsBooleansAsZeroAndOne() {
      assertTrue(GreaterOrEqual.of(1).matches(true));
      assertTrue(LessThan.of(1).matches(false));
    }

    @Test
    void missingNonFiniteAndContainerValuesDoNotMatch() {
      assertFalse(LessThan.of(7).matches(null));
      assertFalse(GreaterThan.of(7).matches(null));
      assertFalse(GreaterThan.of(7).matches(Double.POSITIVE_INFINITY));
      assertFalse(LessThan.of(7).matches(Double.NaN));
      assertFalse(LessThan.of(7).matches(List.of(1)));
      assertFalse(LessThan.of(7).matches(Map.of()));
      assertFalse(Terms.of("number_of_subjects", GreaterThan.of(0)).test(record()));
    }

    @Test
    void handlesIntegersBeyondLong() {
      BigInteger huge = BigInteger.TEN.pow(30);
      assertTrue(GreaterThan.of(Long.MAX_VALUE).matches(huge));
      assertTrue(LessThan.of(huge).matches(Long.MAX_VALUE));
      assertEquals("LessThan(1000000000000000000000000000000)", LessThan.of(huge).toString());
    }
  }

  @Nested
  class FloatBound {

    @Test
    void parsesFloatStringsAndBooleans() {
      assertTrue(GreaterThan.of(999.0).matches("1e3"));
      assertTrue(GreaterOrEqual.of(1.0).matches(true));
      assertTrue(LessThan.of(0.5).matches(false));
      assertTrue(GreaterThan.of(1.0).matches("inf"));
      assertTrue(LessThan.of(2.5).matches(2L));
    }

    @Test
    void noneAndNanDoNotMatch() {
      assertFalse(LessThan.of(1.0).matches(null));
      assertFalse(GreaterThan.of(1.0).matches(null));
      assertFalse(LessOrEqual.of(1.0).matches("nan"));
      assertFalse(GreaterOrEqual.of(1.0).matches(Double.NaN));
      assertFalse(LessThan.of(1.0).matches("1.5d"));
    }
  }

  @Nested
  class StringBound {

    @Test
    void everythingIsCastToItsPythonText() {
      assertTrue(GreaterOrEqual.of("None").matches(null));
      assertTrue(LessOrEqual.of("None").matches(null));
      assertTrue(GreaterOrEqual.of("True").matches(true));
      assertTrue(LessOrEqual.of("False").matches(false));
      assertTrue(GreaterOrEqual.of("5").matches(5L));
      assertTrue(LessOrEqual.of("3.0").matches(3.0));
      assertFalse(GreaterThan.of("3.0").matches(3.0));
      assertTrue(GreaterOrEqual.of("[1, 'a']").matches(List.of(1L, "a")));
    }

    @Test
    void missingKeyReadsNone() {
      Terms since = Terms.of("modify_date", GreaterOrEqual.of("2016"));
      assertTrue(since.test(record()), "'None' >= '2016' lexicographically");
      assertFalse(Terms.of("modify_date", LessThan.of("2016")).test(record()));
    }

    @Test
    void comparesCodePointsNotUtf16Units() {
      String astral = new String(Character.toChars(0x1F600));
      assertTrue(GreaterThan.of("\uFF61").matches(astral));
    }
  }

  @Test
  void booleanBoundComparesTruthiness() {
    assertTrue(GreaterThan.of(false).matches("x"));
    assertFalse(GreaterThan.of(false).matches(""));
    assertTrue(LessOrEqual.of(false).matches(null));
    assertEquals("GreaterThan(False)", GreaterThan.of(false).toString());
  }

  @Test
  void boundsAreNormalizedAndValidated() {
    assertEquals(7L, LessThan.of(7).bound());
    assertEquals(LessThan.of(7), LessThan.of(7L));
    assertEquals(LessThan.of(7).hashCode(), LessThan.of(7L).hashCode());
    assertNotEquals(LessThan.of(7), LessOrEqual.of(7));
    assertNotEquals(LessThan.of(7), LessThan.of(7.0));
    assertEquals("GreaterThan(0.1)", GreaterThan.of(0.1f).toString());
    assertThrows(IllegalArgumentException.class, () -> LessThan.of(LocalDate.of(2016, 1, 1)));
    assertThrows(NullPointerException.class, () -> LessThan.of(null));
  }
}
