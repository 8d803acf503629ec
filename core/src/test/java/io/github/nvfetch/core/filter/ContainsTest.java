package io.github.nvfetch.core.filter;

import static io.github.nvfetch.core.filter.Records.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContainsTest {

  @Test
  void nilearnTestContains() {
    Contains contains = Contains.of("a", 0);
    assertFalse(contains.matches(10L));
    assertTrue(contains.matches(List.of("b", 1L, "a", 0L)));
    assertFalse(contains.matches(List.of("b", 1L, 0L)));
    assertFalse(contains.matches(List.of("b", 1L, "a")));
    assertEquals("Contains('a', 0)", contains.toString());

    Contains words = Contains.of("house", "face");
    assertTrue(words.matches("face vs house"));
    assertFalse(words.matches("smiling face vs frowning face"));
  }

  @Test
  void nilearnTestNotContains() {
    NotContains notContains = NotContains.of("ab");
    assertTrue(notContains.matches("a_b"));
    assertTrue(notContains.matches("bcd"));
    assertFalse(notContains.matches("_abcd"));
    assertEquals("NotContains('ab',)", notContains.toString());
  }

  @Test
  void nonContainersNeverMatch() {
    for (Object value : Arrays.asList(null, 10L, 1.5, true)) {
      assertFalse(Contains.of("a").matches(value), "Contains vs " + value);
      assertFalse(NotContains.of("a").matches(value), "NotContains vs " + value);
    }
    assertFalse(Terms.of("tags", NotContains.of("bad")).test(record()));
    assertFalse(Terms.of("tags", Contains.of("bad")).test(record()));
  }

  @Test
  void stringsUseSubstringsAndRejectNonStringItems() {
    assertTrue(Contains.of("").matches("abc"));
    assertTrue(Contains.of("bc").matches("abc"));
    assertFalse(Contains.of(0).matches("a0"), "Python raises TypeError: no match");
    assertFalse(NotContains.of(0).matches("abc"), "Python raises TypeError: no match");
    assertFalse(Contains.of("a", 0).matches("a0"));
  }

  @Test
  void evaluatesItemsInOrderAndStopsAtTheFirstDecidingOne() {
    assertFalse(Contains.of("z", 0).matches("abc"));
    assertFalse(NotContains.of("a", 0).matches("abc"));
  }

  @Test
  void listsUseElementEquality() {
    assertTrue(Contains.of(1).matches(List.of(true)));
    assertTrue(Contains.of(1.0).matches(List.of(1L)));
    assertFalse(Contains.of("a").matches(List.of("abc")));
    assertTrue(NotContains.of("a").matches(List.of("abc")));
    assertTrue(Contains.of(List.of(1)).matches(List.of(List.of(1L), 2L)));
    assertTrue(Contains.of(IsNull.of()).matches(List.of("x", "")));
  }

  @Test
  void mapsUseTheirKeys() {
    Map<String, Object> map = Map.of("left", 1L, "right", 2L);
    assertTrue(Contains.of("left").matches(map));
    assertFalse(Contains.of(1).matches(map));
    assertTrue(NotContains.of("up").matches(map));
    assertFalse(NotContains.of("left").matches(map));
    assertFalse(Contains.of(List.of("left")).matches(map), "unhashable item: TypeError");
    assertFalse(NotContains.of(IsNull.of()).matches(map), "unhashable item: TypeError");
  }

  @Test
  void nestedMetadataValuesWork() {
    Terms terms = Terms.of("contrast", Contains.of("task"));
    assertTrue(terms.test(record("contrast", Map.of("task", "motor"))));
    assertTrue(
        Terms.of("labels", Contains.of("a", "b")).test(record("labels", List.of("a", "b", "c"))));
  }
}
