package io.github.nvfetch.core.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.filter.IsNull;
import io.github.nvfetch.core.filter.NotIn;
import io.github.nvfetch.core.filter.NotNull;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PythonValuesTest {

  @Test
  void truthiness() {
    for (Object falsy :
        Arrays.asList(
            null,
            false,
            0L,
            0,
            0.0f,
            BigInteger.ZERO,
            BigDecimal.ZERO,
            "",
            List.of(),
            Map.of(),
            Set.of())) {
      assertFalse(PythonValues.isTruthy(falsy), String.valueOf(falsy));
    }
    for (Object truthy :
        Arrays.asList(
            true,
            1L,
            -1,
            0.1,
            Double.NaN,
            "x",
            List.of(""),
            Map.of("", ""),
            IsNull.of(),
            new Object())) {
      assertTrue(PythonValues.isTruthy(truthy), String.valueOf(truthy));
    }
  }

  @Test
  void numericEqualityCrossesTypesExactly() {
    assertTrue(PythonValues.equal(false, 0L));
    assertTrue(PythonValues.equal(0L, 0.0));
    assertTrue(PythonValues.equal(true, 1.0));
    assertTrue(PythonValues.equal(5, 5L));
    assertTrue(PythonValues.equal(5L, 5.0));
    assertTrue(PythonValues.equal(0.0, -0.0));
    assertTrue(PythonValues.equal(BigInteger.valueOf(7), 7));
    assertTrue(PythonValues.equal(new BigDecimal("2.50"), 2.5));
    assertFalse(PythonValues.equal(Double.NaN, Double.NaN));
    assertFalse(PythonValues.equal(0.1, new BigDecimal("0.1")), "0.1 is not exactly 1/10");
    assertFalse(PythonValues.equal((1L << 53) + 1, (double) ((1L << 53) + 1)));
    assertTrue(PythonValues.equal(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY));
  }

  @Test
  void stringsNeverEqualNumbersOrNone() {
    assertFalse(PythonValues.equal("5", 5L));
    assertFalse(PythonValues.equal("True", true));
    assertFalse(PythonValues.equal("None", null));
    assertTrue(PythonValues.equal(null, null));
    assertFalse(PythonValues.equal(null, 0L));
  }

  @Test
  void containersCompareElementWise() {
    assertTrue(PythonValues.equal(List.of(1L, "a"), List.of(1.0, "a")));
    assertFalse(PythonValues.equal(List.of(1L, "a"), List.of("a", 1L)));
    assertFalse(PythonValues.equal(List.of(1L), List.of(1L, 1L)));
    Map<String, Object> left = new LinkedHashMap<>();
    left.put("a", 1L);
    left.put("b", null);
    Map<String, Object> right = new LinkedHashMap<>();
    right.put("b", null);
    right.put("a", true);
    assertTrue(PythonValues.equal(left, right), "dict equality ignores order");
    assertFalse(PythonValues.equal(left, Map.of("a", 1L)));
    assertFalse(PythonValues.equal(List.of(), Map.of()));
  }

  @Test
  void matchersDecideOnEitherSide() {
    assertTrue(PythonValues.equal(IsNull.of(), ""));
    assertTrue(PythonValues.equal("", IsNull.of()));
    assertTrue(PythonValues.equal(List.of("x", 0L), List.of(NotNull.of(), IsNull.of())));
    assertTrue(PythonValues.equal(NotIn.of("a"), NotIn.of("a")));
    assertFalse(PythonValues.equal(IsNull.of(), IsNull.of()));
  }

  @Test
  void membership() {
    assertTrue(PythonValues.contains("abc", "b"));
    assertThrows(PythonTypeError.class, () -> PythonValues.contains("abc", 1L));
    assertTrue(PythonValues.contains(List.of(0L), false));
    assertTrue(PythonValues.contains(Map.of("k", 1L), "k"));
    assertFalse(PythonValues.contains(Map.of("k", 1L), 1L));
    assertThrows(PythonTypeError.class, () -> PythonValues.contains(Map.of(), List.of()));
    assertThrows(PythonTypeError.class, () -> PythonValues.contains(5L, 5L));
    assertTrue(PythonValues.isAmong(1.0, List.of(0L, 1L)));
    IsNull same = IsNull.of();
    assertTrue(PythonValues.isAmong(same, List.of(same)), "identity first, as CPython");
    assertFalse(PythonValues.isAmong(IsNull.of(), List.of(IsNull.of())));
  }
}
