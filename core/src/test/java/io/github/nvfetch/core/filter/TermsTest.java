package io.github.nvfetch.core.filter;

import static io.github.nvfetch.core.filter.Records.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TermsTest {

  @Test
  void emptyTermsMatchEverything() {
    assertTrue(Terms.of().isEmpty());
    assertTrue(Terms.of().test(record("anything", 1)));
  }

  @Test
  void everyTermMustHold() {
    Terms terms = Terms.of("a", 0, "b", "x");
    assertTrue(terms.test(record("a", 0, "b", "x")));
    assertFalse(terms.test(record("a", 0, "b", "y")));
    assertFalse(terms.test(record("b", "x")));
  }

  @Test
  void plainFalseFollowsPythonEquality() {
    Terms notMni = Terms.of("not_mni", false);
    assertTrue(notMni.test(record("not_mni", false)));
    assertTrue(notMni.test(record("not_mni", 0)));
    assertTrue(notMni.test(record("not_mni", 0.0)));
    assertFalse(notMni.test(record()));
    assertFalse(notMni.test(record("not_mni", null)));
    assertFalse(notMni.test(record("not_mni", "false")));
    assertFalse(notMni.test(record("not_mni", "")));
  }

  @Test
  void nullTermMeansEqualToNone() {
    Terms none = Terms.of("doi", null);
    assertTrue(none.test(record()));
    assertTrue(none.test(record("doi", "n/a")));
    assertTrue(none.test(record("doi", "")), "'' is null-like too, so it reads None");
    assertFalse(none.test(record("doi", 0)));
    assertTrue(none.containsKey("doi"));
    assertNull(none.get("doi"));
  }

  @Test
  void numbersCompareAcrossTypesButNotWithStrings() {
    assertTrue(Terms.of("n", 5).test(record("n", 5.0)));
    assertTrue(Terms.of("n", 1).test(record("n", true)));
    assertFalse(Terms.of("n", 5).test(record("n", "5")));
  }

  @Test
  void withReplacesInPlaceAndAppendsNewKeys() {
    Terms terms = Terms.of("a", 1, "b", 2).with("a", 9).with("c", 3);
    assertEquals(List.of("a", "b", "c"), new ArrayList<>(terms.keys()));
    assertEquals(9L, terms.get("a"));
  }

  @Test
  void withoutRemovesAndIsANoOpWhenAbsent() {
    Terms terms = Terms.of("a", 1, "b", 2);
    assertEquals(Terms.of("b", 2), terms.without("a"));
    assertSame(terms, terms.without("zzz"));
  }

  @Test
  void mergeIsPythonDictWithKwargs() {
    Terms merged = DefaultTerms.images().merge(Terms.of("map_type", "Z map", "modality", "fMRI"));
    assertEquals(
        List.of("not_mni", "is_thresholded", "map_type", "image_type", "modality"),
        new ArrayList<>(merged.keys()));
    assertEquals("Z map", merged.get("map_type"));
    assertEquals(NotEqual.of("atlas"), merged.get("image_type"));
  }

  @Test
  void valuesAreNormalizedAndDeeplyImmutable() {
    List<Object> list = new ArrayList<>(List.of(1, 2));
    Terms terms = Terms.of("x", list);
    list.add(3);
    assertEquals(List.of(1L, 2L), terms.get("x"));
    assertThrows(UnsupportedOperationException.class, () -> terms.asMap().put("y", 1));
    assertEquals(Terms.of("n", 7), Terms.of("n", 7L));
    assertEquals(Terms.of("n", 7).hashCode(), Terms.of("n", 7L).hashCode());
    assertNotEquals(Terms.of("a", 1, "b", 2), Terms.of("a", 1));
    assertThrows(IllegalArgumentException.class, () -> Terms.of("d", LocalDate.of(2016, 1, 1)));
    assertThrows(NullPointerException.class, () -> Terms.of(null, 1));
  }

  @Test
  void builderAndCopyOfKeepOrder() {
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("z", 1);
    source.put("a", IsNull.of());
    Terms copied = Terms.copyOf(source);
    assertEquals(List.of("z", "a"), new ArrayList<>(copied.keys()));
    Terms built = Terms.builder().put("z", 0).put("a", IsNull.of()).put("z", 1).build();
    assertEquals(copied, built);
    assertEquals(Terms.of("a", IsNull.of()), built.toBuilder().remove("z").build());
    assertEquals(2, built.size());
  }

  @Test
  void toStringIsThePythonDictRepr() {
    assertEquals(
        "{'not_mni': False, 'is_thresholded': False, 'map_type': NotIn('ROI/mask', "
            + "'anatomical', 'parcellation'), 'image_type': NotEqual('atlas')}",
        DefaultTerms.images().toString());
    assertEquals(
        "{'n': None, 'x': [1, 2.5]}", Terms.of("n", null, "x", List.of(1, 2.5)).toString());
  }

  @Test
  void nilearnTestSplitTerms() {
    Terms terms = Terms.of("DOI", NotNull.of(), "name", "my_name", "unknown_term", "something");
    assertEquals(Terms.of("name", "my_name"), terms.serverSideTerms(Terms.COLLECTION_SERVER_KEYS));
    assertEquals(
        Terms.of("DOI", NotNull.of(), "unknown_term", "something"),
        terms.localTerms(Terms.COLLECTION_SERVER_KEYS));
  }

  @Test
  void serverTermsArePlainStringsAndIntegersInServerKeyOrder() {
    Terms terms =
        Terms.of("id", 40, "owner", true, "DOI", "10.1/x", "name", 3.5).with("extra", "kept local");
    Terms server = terms.serverSideTerms(Terms.COLLECTION_SERVER_KEYS);
    assertEquals(List.of("DOI", "id"), new ArrayList<>(server.keys()));
    assertEquals(40L, server.get("id"));
    assertEquals(
        Terms.of("owner", true, "name", 3.5, "extra", "kept local"),
        terms.localTerms(Terms.COLLECTION_SERVER_KEYS));
    assertTrue(Terms.of("DOI", null).serverSideTerms(Terms.COLLECTION_SERVER_KEYS).isEmpty());
  }
}
