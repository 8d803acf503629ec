package io.github.nvfetch.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PythonRegexTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "(?P<name>a)|(?<name>a)",
      "(?P<x>a)(?P=x)|(?<x>a)\\k<x>",
      "abc\\Z|abc\\z",
      "\\\\Z|\\\\Z",
      "\\(?P<x>|\\(?P<x>",
      "[a-z]+$|[a-z]+$",
      "trailing\\|trailing\\"})
  void rewritesPythonOnlySyntax(String python, String java) {
    assertEquals(java, PythonRegex.toJava(python));
  }
}
