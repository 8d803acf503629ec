package io.github.nvfetch.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.nvfetch.core.filter.IsIn;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected texts are what CPython 3.11 prints for the same values. */
class PythonReprTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1e16|1e+16",
        "1e15|1000000000000000.0",
        "0.0001|0.0001",
        "0.00001|1e-05",
        "1.5e-7|1.5e-07",
        "3.0|3.0",
        "-0.0|-0.0",
        "123456789.123|123456789.123",
        "0.30000000000000004|0.30000000000000004",
        "2.5e-5|2.5e-05",
        "1e22|1e+22",
        "4.9e-324|5e-324",
        "1.7976931348623157e308|1.7976931348623157e+308",
        "100.0|100.0",
        "-12.5|-12.5",
        "1e100|1e+100",
        "NaN|nan",
        "Infinity|inf",
        "-Infinity|-inf"
      })
  void floatsPrintLikePython(String javaLiteral, String python) {
    assertEquals(python, PythonRepr.reprFloat(Double.parseDouble(javaLiteral)));
  }

  @Test
  void stringsQuoteAndEscapeLikePython() {
    assertEquals("'abc'", PythonRepr.reprString("abc"));
    assertEquals("\"it's\"", PythonRepr.reprString("it's"));
    assertEquals("'a\"b\\'c'", PythonRepr.reprString("a\"b'c"));
    assertEquals(
        "'\\x00\\t\\n\\xa0\\u2028é\uD83D\uDE00\\x7f\\\\'",
        PythonRepr.reprString("\u0000\t\n\u00a0\u2028é\uD83D\uDE00\u007f\\"));
    assertEquals("'\\r'", PythonRepr.reprString("\r"));
  }

  @Test
  void valuesAndContainers() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("x", "y");
    assertEquals(
        "{'a': [1, None, True, 2.5, {'x': 'y'}]}",
        PythonRepr.repr(Map.of("a", Arrays.asList(1L, null, true, 2.5, map))));
    assertEquals("(1,)", PythonRepr.reprTuple(List.of(1L)));
    assertEquals("()", PythonRepr.reprTuple(List.of()));
    assertEquals("(1, 'a')", PythonRepr.reprTuple(List.of(1L, "a")));
    assertEquals(
        "123456789012345678901234567890",
        PythonRepr.repr(new BigInteger("123456789012345678901234567890")));
    assertEquals("False", PythonRepr.repr(false));
    assertEquals("IsIn(1, 2)", PythonRepr.repr(IsIn.of(1, 2)));
  }

  @Test
  void strIsTheTextOfAStringAndTheReprOfAnythingElse() {
    assertEquals("abc", PythonRepr.str("abc"));
    assertEquals("None", PythonRepr.str(null));
    assertEquals("True", PythonRepr.str(true));
    assertEquals("5", PythonRepr.str(5));
    assertEquals("3.0", PythonRepr.str(3.0));
    assertEquals("['a']", PythonRepr.str(List.of("a")));
  }
}
