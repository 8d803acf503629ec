package io.github.nvfetch.core.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.nvfetch.core.internal.PythonValues;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Every matcher against fields of every JSON type, checked against the real nilearn's results
 * ({@code tools/nilearn-matchers/gen_matcher_table.py} into {@code
 * nilearn-matchers/matcher_type_table.json}). Where nilearn answers, we answer the same; where
 * nilearn raises (aborting the whole fetch), we say "no match"; the operands nilearn accepts but we
 * reject when the matcher is built are the documented ones (docs/COMPATIBILITY.md, "Matchers on
 * mismatched types").
 */
class MatcherTypeTableTest {

  private static List<JsonNode> rows() throws IOException {
    try (InputStream in =
        MatcherTypeTableTest.class.getResourceAsStream(
            "/nilearn-matchers/matcher_type_table.json")) {
      List<JsonNode> rows = new ArrayList<>();
      new ObjectMapper().readTree(in).get("rows").forEach(rows::add);
      return rows;
    }
  }

  @Test
  void everyRowAgreesWithNilearnOrIsADocumentedDifference() throws IOException {
    List<JsonNode> rows = rows();
    assertTrue(rows.size() > 2000, "rows: " + rows.size());
    List<String> failures = new ArrayList<>();
    int raising = 0;
    int rejected = 0;
    for (JsonNode row : rows) {
      String problem = check(row);
      if (problem != null) {
        failures.add(problem);
      }
      raising += row.get("nilearn").has("raises") ? 1 : 0;
      rejected += buildsMatcher(row) == null ? 1 : 0;
    }
    assertEquals(List.of(), failures);
    assertTrue(raising > 100, "rows where nilearn raises: " + raising);
    assertTrue(rejected > 0, "rows rejected at build time: " + rejected);
  }

  /** Returns a description of a disagreement, or null. */
  private static String check(JsonNode row) {
    Object field = value(row.get("field"));
    Predicate<Object> ours = buildsMatcher(row);
    JsonNode nilearn = row.get("nilearn");
    if (ours == null) {
      return isDocumentedBuildRejection(row) ? null : "rejected at build time: " + row;
    }
    boolean matched = ours.test(field);
    if (nilearn.has("raises")) {
      return matched ? "nilearn raises " + nilearn + " but we match: " + row : null;
    }
    return matched == nilearn.get("result").booleanValue() ? null : "differs: " + row;
  }

  /**
   * Order comparisons take a str, int, float or bool bound (nilearn also takes None, a list or a
   * dict, whose casts fail or compare lists); Pattern takes a string regex (nilearn raises
   * TypeError on the first string field for another operand).
   */
  private static boolean isDocumentedBuildRejection(JsonNode row) {
    String matcher = row.get("matcher").textValue();
    String type = row.get("operand_types").get(0).textValue();
    boolean orderComparison = matcher.endsWith("Than") || matcher.endsWith("OrEqual");
    return (orderComparison && List.of("NoneType", "list", "dict").contains(type))
        || (matcher.equals("Pattern") && !type.equals("str"));
  }

  /** Our matcher for the row, or null when building it is rejected. */
  private static Predicate<Object> buildsMatcher(JsonNode row) {
    List<Object> operands = new ArrayList<>();
    row.get("operands").forEach(o -> operands.add(value(o)));
    Object first = operands.isEmpty() ? null : operands.get(0);
    try {
      switch (row.get("matcher").textValue()) {
        case "IsNull":
          return IsNull.of()::matches;
        case "NotNull":
          return NotNull.of()::matches;
        case "Equal":
          return field -> PythonValues.equal(first, field);
        case "NotEqual":
          return NotEqual.of(first)::matches;
        case "GreaterOrEqual":
          return GreaterOrEqual.of((Comparable<?>) first)::matches;
        case "GreaterThan":
          return GreaterThan.of((Comparable<?>) first)::matches;
        case "LessOrEqual":
          return LessOrEqual.of((Comparable<?>) first)::matches;
        case "LessThan":
          return LessThan.of((Comparable<?>) first)::matches;
        case "IsIn":
          return IsIn.ofAll(operands)::matches;
        case "NotIn":
          return NotIn.ofAll(operands)::matches;
        case "Contains":
          return Contains.ofAll(operands)::matches;
        case "NotContains":
          return NotContains.ofAll(operands)::matches;
        case "Pattern":
          return Pattern.of((String) first)::matches;
        default:
          throw new AssertionError(row);
      }
    } catch (ClassCastException | NullPointerException | IllegalArgumentException e) {
      return null;
    }
  }

  /** A JSON value as the metadata model holds it. */
  private static Object value(JsonNode node) {
    if (node.isNull()) {
      return null;
    }
    if (node.isBoolean()) {
      return node.booleanValue();
    }
    if (node.isIntegralNumber()) {
      return node.longValue();
    }
    if (node.isNumber()) {
      return node.doubleValue();
    }
    if (node.isTextual()) {
      return node.textValue();
    }
    if (node.isArray()) {
      List<Object> list = new ArrayList<>();
      node.forEach(e -> list.add(value(e)));
      return Collections.unmodifiableList(list);
    }
    Map<String, Object> map = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> map.put(e.getKey(), value(e.getValue())));
    return Collections.unmodifiableMap(map);
  }
}
