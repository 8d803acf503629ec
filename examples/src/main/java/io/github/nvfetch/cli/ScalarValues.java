package io.github.nvfetch.cli;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the values written after {@code =} or {@code :} in term flags, as JSON scalars when they
 * look like one: {@code 42} is an integer, {@code 2.5} and {@code 1e3} are numbers, {@code
 * true}/{@code false} booleans, {@code null} is null (Python's {@code True}, {@code False} and
 * {@code None} too, as nilearn's users write them), {@code "42"} (with the quotes) the string 42;
 * anything else is the string as written.
 */
final class ScalarValues {

  private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]*)");
  private static final Pattern NUMBER =
      Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  private ScalarValues() {}

  /**
   * One value.
   *
   * @param text the text as written on the command line
   * @return null, a Boolean, a Long (or BigInteger when too large), a Double, or a String
   */
  static Object parse(String text) {
    switch (text) {
      case "null":
      case "None":
        return null;
      case "true":
      case "True":
        return true;
      case "false":
      case "False":
        return false;
      default:
        return parseNumberOrString(text);
    }
  }

  private static Object parseNumberOrString(String text) {
    if (INTEGER.matcher(text).matches()) {
      BigInteger value = new BigInteger(text);
      return value.bitLength() < 64 ? (Object) value.longValue() : value;
    }
    if (NUMBER.matcher(text).matches()) {
      return new BigDecimal(text).doubleValue();
    }
    if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
      return text.substring(1, text.length() - 1);
    }
    return text;
  }

  /**
   * A comma-separated list of values, each read by {@link #parse(String)}; write {@code \,} for a
   * comma inside a value. An empty text is an empty list.
   */
  static List<Object> parseList(String text) {
    List<Object> values = new ArrayList<>();
    if (text.isEmpty()) {
      return values;
    }
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == ',') {
        current.append(',');
        i++;
      } else if (c == ',') {
        values.add(parse(current.toString()));
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    values.add(parse(current.toString()));
    return values;
  }
}
