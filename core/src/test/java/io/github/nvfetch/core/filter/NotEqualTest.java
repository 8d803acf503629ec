package io.github.nvfetch.core.filter;

import static io.github.nvfetch.core.filter.Records.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotEqualTest {

  @Test
  void nilearnTestNotEqual() {
    NotEqual notEqual = NotEqual.of("a");
    assertTrue(notEqual.matches("b"));
    assertTrue(notEqual.matches(1L));
    assertFalse(notEqual.matches("a"));
    assertEquals("NotEqual('a')", notEqual.toString());
  }

  @Test
  void nilearnDocstringExamples() {
    NotEqual notZero = NotEqual.of(0);
    assertFalse(notZero.matches(0L));
    assertTrue(notZero.matches("0"));
  }

  @Test
  void usesPythonEqualityAcrossNumericTypes() {
    assertFalse(NotEqual.of(false).matches(0L));
    assertFalse(NotEqual.of(false).matches(0.0));
    assertFalse(NotEqual.of(1).matches(true));
    assertFalse(NotEqual.of(5L).matches(5.0));
    assertTrue(NotEqual.of(5L).matches(5.5));
  }

  @Test
  void missingKeyMatchesUnlessTheValueIsNone() {
    assertTrue(NotEqual.of("atlas").matches(null));
    assertFalse(NotEqual.of(null).matches(null));
    assertTrue(NotEqual.of(null).matches(""));
    assertTrue(Terms.of("image_type", NotEqual.of("atlas")).test(record()));
    assertFalse(Terms.of("image_type", NotEqual.of("atlas")).test(record("image_type", "atlas")));
  }

  @Test
  void comparesListsElementWise() {
    assertFalse(NotEqual.of(List.of(1, "a")).matches(List.of(1.0, "a")));
    assertTrue(NotEqual.of(List.of(1, "a")).matches(List.of("a", 1)));
  }

  @Test
  void normalizesTheValue() {
    assertEquals(5L, NotEqual.of(5).value());
    assertEquals(NotEqual.of(5), NotEqual.of(5L));
    assertEquals(NotEqual.of(5).hashCode(), NotEqual.of(5L).hashCode());
    assertNotEquals(NotEqual.of(5L), NotEqual.of(5.0));
    assertEquals("NotEqual(None)", NotEqual.of(null).toString());
    assertEquals("NotEqual(2.5)", NotEqual.of(2.5f).toString());
  }

  @Test
  void rejectsValuesOutsideTheMetadataModel() {
    assertThrows(IllegalArgumentException.class, () -> NotEqual.of(LocalDate.of(2016, 1, 1)));
  }
}
