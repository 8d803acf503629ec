package io.github.nvfetch.core.filter;

import static io.github.nvfetch.core.filter.Records.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IsInNotInTest {

  @Test
  void nilearnTestIsIn() {
    IsIn isIn = IsIn.of(0, 1);
    assertTrue(isIn.matches(0L));
    assertFalse(isIn.matches(2L));
    assertEquals("IsIn(0, 1)", isIn.toString());

    IsIn countable = IsIn.ofAll(IntStream.range(0, 11).boxed().toList());
    assertTrue(countable.matches(7L));
    assertFalse(countable.matches(12L));
  }

  @Test
  void nilearnTestNotIn() {
    NotIn notIn = NotIn.of(0, 1);
    assertFalse(notIn.matches(0L));
    assertTrue(notIn.matches(2L));
    assertEquals("NotIn(0, 1)", notIn.toString());
  }

  @Test
  void membershipUsesPythonEquality() {
    assertTrue(IsIn.of(0, 1).matches(false));
    assertTrue(IsIn.of(0, 1).matches(1.0));
    assertTrue(IsIn.of(true).matches(1L));
    assertFalse(IsIn.of(0, 1).matches("0"));
    assertFalse(NotIn.of(0, 1).matches(false));
    assertTrue(IsIn.of(List.of(1, 2)).matches(List.of(1L, 2.0)));
  }

  @Test
  void missingKeyPassesNotInUnlessNoneIsRejected() {
    assertTrue(NotIn.of("ROI/mask").matches(null));
    assertFalse(NotIn.of("ROI/mask", null).matches(null));
    assertFalse(IsIn.of("T map").matches(null));
    assertTrue(IsIn.of("T map", null).matches(null));
    assertTrue(Terms.of("map_type", NotIn.of("ROI/mask")).test(record()));
    assertTrue(Terms.of("map_type", NotIn.of("ROI/mask")).test(record("map_type", "N/A")));
    assertFalse(Terms.of("map_type", NotIn.of("ROI/mask")).test(record("map_type", "ROI/mask")));
  }

  @Test
  void aLoneNullArgumentIsOneNoneValue() {
    IsIn onlyNone = IsIn.of((Object) null);
    assertTrue(onlyNone.matches(null));
    assertEquals("IsIn(None,)", onlyNone.toString());
    assertTrue(IsIn.of((Object[]) null).matches(null));
  }

  @Test
  void emptyValueLists() {
    assertFalse(IsIn.of().matches("anything"));
    assertTrue(NotIn.of().matches("anything"));
    assertEquals("IsIn()", IsIn.of().toString());
    assertEquals("NotIn('ROI/mask',)", NotIn.of("ROI/mask").toString());
  }

  @Test
  void valuesAreCopiedAndNormalized() {
    List<Object> source = new ArrayList<>(List.of(1, 2));
    IsIn isIn = IsIn.ofAll(source);
    source.add(3);
    assertEquals(List.of(1L, 2L), isIn.accepted());
    assertEquals(IsIn.of(1L, 2L), isIn);
    assertNotEquals(IsIn.of(1, 2), NotIn.of(1, 2));
    assertNotEquals(IsIn.of(1, 2), IsIn.of(2, 1));
    assertEquals(List.of(1L), NotIn.ofAll(List.of(1)).rejected());
  }
}
