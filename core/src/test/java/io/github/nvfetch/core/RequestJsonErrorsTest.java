package io.github.nvfetch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rejected shape, with the JSON path the error names. */
class RequestJsonErrorsTest {

  private static RequestFormatException fetchError(String json) {
    return assertThrows(
        RequestFormatException.class, () -> FetchRequest.fromJson(json.replace('\'', '"')));
  }

  private static RequestFormatException idsError(String json) {
    return assertThrows(
        RequestFormatException.class, () -> IdsRequest.fromJson(json.replace('\'', '"')));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      quoteCharacter = '`',
      delimiterString = " -> ",
      value = {
        "{'image_terms': {'map_type': {'$IsIn': 'T map'}}} -> $.image_terms.map_type.$IsIn",
        "{'image_terms': {'map_type': {'$Foo': 1}}} -> $.image_terms.map_type.$Foo",
        "{'image_terms': {'map_type': {'IsIn': [1]}}} -> $.image_terms.map_type.IsIn",
        "{'image_terms': {'map_type': {'$IsIn': [1], '$NotIn': [2]}}} -> $.image_terms.map_type",
        "{'image_terms': {'map_type': {}}} -> $.image_terms.map_type",
        "{'image_terms': {'map_type': [1, 2]}} -> $.image_terms.map_type",
        "{'image_terms': {'map_type': {'$IsIn': [1, [2]]}}} -> $.image_terms.map_type.$IsIn[1]",
        "{'image_terms': {'map_type': {'$NotIn': {'a': 1}}}} -> $.image_terms.map_type.$NotIn",
        "{'image_terms': {'map_type': {'$Contains': 'a'}}} -> $.image_terms.map_type.$Contains",
        "{'image_terms': {'map_type': {'$NotContains': 1}}} -> $.image_terms.map_type.$NotContains",
        "{'image_terms': {'a': {'$IsNull': true}}} -> $.image_terms.a.$IsNull",
        "{'image_terms': {'a': {'$NotNull': []}}} -> $.image_terms.a.$NotNull",
        "{'image_terms': {'a': {'$NotEqual': [1]}}} -> $.image_terms.a.$NotEqual",
        "{'image_terms': {'a': {'$LessThan': null}}} -> $.image_terms.a.$LessThan",
        "{'image_terms': {'a': {'$GreaterThan': [1]}}} -> $.image_terms.a.$GreaterThan",
        "{'image_terms': {'a': {'$GreaterOrEqual': {}}}} -> $.image_terms.a.$GreaterOrEqual",
        "{'image_terms': {'a': {'$LessOrEqual': null}}} -> $.image_terms.a.$LessOrEqual",
        "{'image_terms': {'a': {'$Pattern': '(unclosed'}}} -> $.image_terms.a.$Pattern",
        "{'image_terms': {'a': {'$Pattern': ['(x', 'I']}}} -> $.image_terms.a.$Pattern[0]",
        "{'image_terms': {'a': {'$Pattern': ['x', 'LOCALE']}}} -> $.image_terms.a.$Pattern[1]",
        "{'image_terms': {'a': {'$Pattern': ['x', 'I|BAD']}}} -> $.image_terms.a.$Pattern[1]",
        "{'image_terms': {'a': {'$Pattern': ['x', ['I', 'NO']]}}} -> $.image_terms.a.$Pattern[1][1]",
        "{'image_terms': {'a': {'$Pattern': ['x', [2]]}}} -> $.image_terms.a.$Pattern[1][0]",
        "{'image_terms': {'a': {'$Pattern': ['x', 2]}}} -> $.image_terms.a.$Pattern[1]",
        "{'image_terms': {'a': {'$Pattern': [1]}}} -> $.image_terms.a.$Pattern[0]",
        "{'image_terms': {'a': {'$Pattern': []}}} -> $.image_terms.a.$Pattern",
        "{'image_terms': {'a': {'$Pattern': ['x', 'I', 'M']}}} -> $.image_terms.a.$Pattern",
        "{'image_terms': {'a': {'$Pattern': 5}}} -> $.image_terms.a.$Pattern",
        "{'image_terms': {'$AND': []}} -> $.image_terms.$AND",
        "{'image_terms': []} -> $.image_terms",
        "{'collection_terms': 'DOI'} -> $.collection_terms",
        "{'collection_terms': {'DOI': {'$Bad': 1}}} -> $.collection_terms.DOI.$Bad",
        "{'image_filter': {'$AND': {'a': 1}}} -> $.image_filter.$AND",
        "{'image_filter': {'$AND': []}} -> $.image_filter.$AND",
        "{'image_filter': {'$OR': [{'a': 1}, 3]}} -> $.image_filter.$OR[1]",
        "{'image_filter': {'$XOR': [{'a': {'$Bad': 1}}]}} -> $.image_filter.$XOR[0].a.$Bad",
        "{'image_filter': {'$NOT': [{'a': 1}]}} -> $.image_filter.$NOT",
        "{'image_filter': {'$NAND': [{'a': 1}]}} -> $.image_filter.$NAND",
        "{'image_filter': {'$AND': [{'a': 1}], 'b': 2}} -> $.image_filter",
        "{'image_filter': {'$IsIn': [1]}} -> $.image_filter.$IsIn",
        "{'image_filter': 'a == 1'} -> $.image_filter",
        "{'collection_filter': {'$NOT': {'$OR': [{'x': [1]}]}}} -> $.collection_filter.$NOT.$OR[0].x",
        "{'mode': 'bad'} -> $.mode",
        "{'mode': 1} -> $.mode",
        "{'max_images': 'ten'} -> $.max_images",
        "{'max_images': 7.5} -> $.max_images",
        "{'max_images': 7.0} -> $.max_images",
        "{'max_images': 99999999999} -> $.max_images",
        "{'fetch_neurosynth_words': 'yes'} -> $.fetch_neurosynth_words",
        "{'vectorize_words': 1} -> $.vectorize_words",
        "{'data_dir': ''} -> $.data_dir",
        "{'data_dir': 5} -> $.data_dir",
        "{'timeout': 10} -> $.timeout",
        "{'resample': 'yes'} -> $.resample",
        "{'interpolation': 'cubic'} -> $.interpolation",
        "{'interpolation': 3} -> $.interpolation",
        "{'image_ids': [1]} -> $.image_ids",
        "{'$AND': []} -> $.$AND",
        "{'map_type': {'$IsIn': 'x'}} -> $.map_type.$IsIn",
        "{'map_type': [1]} -> $.map_type",
        "{'odd key': {'$IsIn': 'x'}} -> $['odd key'].$IsIn"
      })
  void fetchRequestErrorsNameThePath(String json, String path) {
    RequestFormatException error = fetchError(json);
    assertEquals(path, error.path());
    assertTrue(error.getMessage().contains(path), error.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      quoteCharacter = '`',
      delimiterString = " -> ",
      value = {
        "{'collection_ids': [1, 0]} -> $.collection_ids[1]",
        "{'collection_ids': [1, -2]} -> $.collection_ids[1]",
        "{'image_ids': ['3']} -> $.image_ids[0]",
        "{'image_ids': [3.0]} -> $.image_ids[0]",
        "{'image_ids': [99999999999999999999]} -> $.image_ids[0]",
        "{'image_ids': 3} -> $.image_ids",
        "{'mode': 'sometimes'} -> $.mode",
        "{'map_type': 'T map'} -> $.map_type",
        "{'max_images': 3} -> $.max_images",
        "{'vectorize_words': null} -> $.vectorize_words",
        "{'data_dir': []} -> $.data_dir"
      })
  void idsRequestErrorsNameThePath(String json, String path) {
    assertEquals(path, idsError(json).path());
  }

  @ParameterizedTest
  @CsvSource(
      quoteCharacter = '`',
      delimiterString = " -> ",
      value = {
        "[]",
        "'x'",
        "3",
        "null",
        "''",
        "{'a': 1} x",
        "{'a':",
        "{'a': 1, 'a': 2}",
        "not json"
      })
  void documentLevelProblemsPointAtTheRoot(String json) {
    assertEquals("$", fetchError(json).path());
    assertEquals("$", idsError(json).path());
  }

  @Test
  void memberNamesThatAreNotIdentifiersUseBracketNotation() {
    RequestFormatException error =
        assertThrows(
            RequestFormatException.class,
            () -> FetchRequest.fromJson("{\"image_terms\": {\"it's\": {\"$Bad\": 0}}}"));
    assertEquals("$.image_terms['it\\'s'].$Bad", error.path());
  }

  @Test
  void nullTextAndNonObjectNodesPointAtTheRoot() {
    assertEquals(
        "$",
        assertThrows(RequestFormatException.class, () -> FetchRequest.fromJson((String) null))
            .path());
    assertEquals(
        "$", assertThrows(RequestFormatException.class, () -> IdsRequest.fromJson("[]")).path());
  }

  @Test
  void messagesExplainTheProblem() {
    assertTrue(fetchError("{'mode': 'bad'}").getMessage().contains("'mode' must be one of"));
    assertTrue(
        fetchError("{'image_terms': {'a': {'$Foo': 1}}}")
            .getMessage()
            .contains("unknown operator '$Foo'"));
    assertTrue(
        fetchError("{'image_terms': {'a': {'$IsIn': [1], '$NotIn': [2]}}}")
            .getMessage()
            .contains("exactly one key"));
    assertTrue(fetchError("not json").getMessage().contains("not valid JSON"));
    assertTrue(
        fetchError("{'image_terms': {'a': {'$Pattern': '(x'}}}").getCause()
            instanceof IllegalArgumentException);
  }

  @Test
  void isANeuroVaultException() {
    NeuroVaultException error = fetchError("[]");
    assertTrue(error instanceof RequestFormatException);
  }
}
