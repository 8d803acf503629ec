package io.github.nvfetch.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Expected results are CPython's int() and float() on the same inputs. */
class PythonCastsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"' 5 '|5", "+5|5", "-0|0", "1_000|1000", "00012|12", "\u0665|5", "-42|-42"})
  void intAcceptsIntegerLiterals(String text, long expected) {
    assertEquals(Optional.of(BigInteger.valueOf(expected)), PythonCasts.toInt(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1__0", "_1", "1_", "5.5", "1e3", "0x10", "", " ", "five", "1 2"})
  void intRejectsEverythingElse(String text) {
    assertEquals(Optional.empty(), PythonCasts.toInt(text));
  }

  @Test
  void intOfOtherValues() {
    assertEquals(Optional.of(BigInteger.valueOf(3)), PythonCasts.toInt(3.9));
    assertEquals(Optional.of(BigInteger.valueOf(-3)), PythonCasts.toInt(-3.9));
    assertEquals(Optional.of(BigInteger.ONE), PythonCasts.toInt(true));
    assertEquals(Optional.empty(), PythonCasts.toInt(null));
    assertEquals(Optional.empty(), PythonCasts.toInt(Double.NaN));
    assertEquals(Optional.empty(), PythonCasts.toInt(List.of(1)));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1.|1.0",
        ".5|0.5",
        "1e3|1000.0",
        "1E5|100000.0",
        "' 2.5 '|2.5",
        "1_0.0_1e1_0|100100000000.0",
        "+inf|inf",
        "-Infinity|-inf",
        "\u0661.\u0665|1.5",
        "1e-5|1e-05"
      })
  void floatAcceptsFloatLiterals(String text, String pythonRepr) {
    OptionalDouble parsed = PythonCasts.toFloat(text);
    assertTrue(parsed.isPresent(), text);
    assertEquals(pythonRepr, PythonRepr.reprFloat(parsed.getAsDouble()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e", "1_.5", "0x1p3", "1.5d", "3f", "in", "inf5", "", "."})
  void floatRejectsEverythingElse(String text) {
    assertEquals(OptionalDouble.empty(), PythonCasts.toFloat(text));
  }

  @Test
  void floatOfOtherValues() {
    assertTrue(Double.isNaN(PythonCasts.toFloat("nan").getAsDouble()));
    assertEquals(OptionalDouble.of(1.0), PythonCasts.toFloat(true));
    assertEquals(OptionalDouble.of(7.0), PythonCasts.toFloat(7L));
    assertEquals(OptionalDouble.empty(), PythonCasts.toFloat(null));
    assertEquals(OptionalDouble.empty(), PythonCasts.toFloat(BigInteger.TEN.pow(400)));
    assertEquals(OptionalDouble.empty(), PythonCasts.toFloat(Map.of()));
  }

  @Test
  void compareToBoundGivesTheSignOrNothing() {
    assertEquals(OptionalInt.of(-1), PythonCasts.compareToBound(3.9, 4L));
    assertEquals(OptionalInt.of(0), PythonCasts.compareToBound("4", 4L));
    assertEquals(OptionalInt.of(1), PythonCasts.compareToBound("b", "a"));
    assertEquals(OptionalInt.empty(), PythonCasts.compareToBound(Double.NaN, 1.0));
    assertEquals(OptionalInt.empty(), PythonCasts.compareToBound(null, 1.0));
    assertEquals(OptionalInt.of(0), PythonCasts.compareToBound("", false));
    assertEquals(OptionalInt.empty(), PythonCasts.compareToBound(1L, List.of()));
  }
}
