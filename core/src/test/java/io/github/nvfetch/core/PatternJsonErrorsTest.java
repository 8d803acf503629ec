package io.github.nvfetch.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.nvfetch.core.filter.PatternSyntaxError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A {@code $Pattern} that Python rejects is a request error with Python's message. */
class PatternJsonErrorsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      quoteCharacter = '`',
      delimiterString = " -> ",
      value = {
        "{'image_terms': {'a': {'$Pattern': 'a(?i)b'}}} -> $.image_terms.a.$Pattern -> "
            + "global flags not at the start of the expression at position 1",
        "{'image_terms': {'a': {'$Pattern': ['*', 'I']}}} -> $.image_terms.a.$Pattern[0] -> "
            + "nothing to repeat at position 0",
        "{'image_terms': {'a': {'$Pattern': '[a'}}} -> $.image_terms.a.$Pattern -> "
            + "unterminated character set at position 0",
        "{'image_terms': {'a': {'$Pattern': '\\\\q'}}} -> $.image_terms.a.$Pattern -> "
            + "bad escape \\q at position 0",
        "{'image_terms': {'a': {'$Pattern': ['a', 'ASCII|UNICODE']}}} -> $.image_terms.a.$Pattern[0]"
            + " -> ASCII and UNICODE flags are incompatible",
        "{'collection_terms': {'a': {'$Pattern': '(?<=a+)'}}} -> $.collection_terms.a.$Pattern -> "
            + "look-behind requires fixed-width pattern"
      })
  void badPatternsNameThePathAndPythonsMessage(String json, String path, String message) {
    RequestFormatException error =
        assertThrows(
            RequestFormatException.class, () -> FetchRequest.fromJson(json.replace('\'', '"')));
    assertEquals(path, error.path());
    assertEquals(
        "invalid request at " + path + ": invalid regular expression: " + message,
        error.getMessage());
    assertInstanceOf(PatternSyntaxError.class, error.getCause());
  }
}
