package io.github.nvfetch.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.nvfetch.core.RequestFormatException;
import io.github.nvfetch.core.filter.Pattern;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the argument of {@code $Pattern}: {@code "regex"} or {@code ["regex", FLAGS]}, where FLAGS
 * is one flag name, names joined with {@code |}, or an array of names.
 */
final class PatternJsonParser {

  private PatternJsonParser() {}

  /** Reads a {@code $Pattern} argument found at {@code path}. */
  static Pattern parse(JsonNode argument, String path) {
    if (argument.isTextual()) {
      return compile(argument.textValue(), List.of(), path);
    }
    if (!argument.isArray() || argument.isEmpty() || argument.size() > 2) {
      throw new RequestFormatException(
          path, "must be a regex string or [regex, flags], found " + JsonFields.describe(argument));
    }
    String regexPath = JsonPath.element(path, 0);
    JsonNode regex = argument.get(0);
    if (!regex.isTextual()) {
      throw new RequestFormatException(
          regexPath, "the regex must be a string, found " + JsonFields.describe(regex));
    }
    List<Pattern.Flag> flags =
        argument.size() == 2 ? flags(argument.get(1), JsonPath.element(path, 1)) : List.of();
    return compile(regex.textValue(), flags, regexPath);
  }

  private static Pattern compile(String regex, List<Pattern.Flag> flags, String path) {
    try {
      return Pattern.ofFlags(regex, flags);
    } catch (IllegalArgumentException e) {
      throw new RequestFormatException(path, "invalid regular expression: " + e.getMessage(), e);
    }
  }

  private static List<Pattern.Flag> flags(JsonNode node, String path) {
    if (node.isTextual()) {
      return flagNames(node.textValue(), path);
    }
    if (!node.isArray()) {
      throw new RequestFormatException(
          path, "flags must be a name or an array of names, found " + JsonFields.describe(node));
    }
    List<Pattern.Flag> flags = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      String elementPath = JsonPath.element(path, i);
      if (!node.get(i).isTextual()) {
        throw new RequestFormatException(
            elementPath, "a flag must be a name, found " + JsonFields.describe(node.get(i)));
      }
      flags.addAll(flagNames(node.get(i).textValue(), elementPath));
    }
    return flags;
  }

  private static List<Pattern.Flag> flagNames(String names, String path) {
    List<Pattern.Flag> flags = new ArrayList<>();
    for (String name : names.split("\\|", -1)) {
      try {
        flags.add(Pattern.Flag.parse(name));
      } catch (IllegalArgumentException e) {
        throw new RequestFormatException(path, e.getMessage(), e);
      }
    }
    return flags;
  }
}
