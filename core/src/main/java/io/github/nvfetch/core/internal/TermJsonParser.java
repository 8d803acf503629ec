package io.github.nvfetch.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.nvfetch.core.RequestFormatException;
import io.github.nvfetch.core.filter.Contains;
import io.github.nvfetch.core.filter.GreaterOrEqual;
import io.github.nvfetch.core.filter.GreaterThan;
import io.github.nvfetch.core.filter.IsIn;
import io.github.nvfetch.core.filter.IsNull;
import io.github.nvfetch.core.filter.LessOrEqual;
import io.github.nvfetch.core.filter.LessThan;
import io.github.nvfetch.core.filter.NotContains;
import io.github.nvfetch.core.filter.NotEqual;
import io.github.nvfetch.core.filter.NotIn;
import io.github.nvfetch.core.filter.NotNull;
import io.github.nvfetch.core.filter.Terms;
import io.github.nvfetch.core.filter.ValueMatcher;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Reads terms objects and term values: a JSON scalar means equality (JSON null: {@code == None});
 * an object with exactly one operator key such as {@code {"$IsIn": [...]}} is a matcher.
 */
final class TermJsonParser {

  private static final Map<String, BiFunction<JsonNode, String, ValueMatcher>> OPERATORS =
      operators();

  private TermJsonParser() {}

  private static Map<String, BiFunction<JsonNode, String, ValueMatcher>> operators() {
    Map<String, BiFunction<JsonNode, String, ValueMatcher>> operators = new LinkedHashMap<>();
    operators.put("$IsNull", (arg, path) -> withNullArgument(arg, path, IsNull.of()));
    operators.put("$NotNull", (arg, path) -> withNullArgument(arg, path, NotNull.of()));
    operators.put("$NotEqual", (arg, path) -> NotEqual.of(JsonFields.scalar(arg, path)));
    operators.put("$GreaterOrEqual", (arg, path) -> GreaterOrEqual.of(JsonFields.bound(arg, path)));
    operators.put("$GreaterThan", (arg, path) -> GreaterThan.of(JsonFields.bound(arg, path)));
    operators.put("$LessOrEqual", (arg, path) -> LessOrEqual.of(JsonFields.bound(arg, path)));
    operators.put("$LessThan", (arg, path) -> LessThan.of(JsonFields.bound(arg, path)));
    operators.put("$IsIn", (arg, path) -> IsIn.ofAll(JsonFields.scalars(arg, path)));
    operators.put("$NotIn", (arg, path) -> NotIn.ofAll(JsonFields.scalars(arg, path)));
    operators.put("$Contains", (arg, path) -> Contains.ofAll(JsonFields.scalars(arg, path)));
    operators.put("$NotContains", (arg, path) -> NotContains.ofAll(JsonFields.scalars(arg, path)));
    operators.put("$Pattern", PatternJsonParser::parse);
    return operators;
  }

  private static ValueMatcher withNullArgument(JsonNode argument, String path, ValueMatcher m) {
    if (!argument.isNull()) {
      throw new RequestFormatException(
          path, "takes no argument: write null, found " + JsonFields.describe(argument));
    }
    return m;
  }

  /** Reads a terms object: metadata key to term value. */
  static Terms parseTerms(JsonNode node, String path) {
    JsonFields.requireObject(node, path, "terms");
    Terms.Builder terms = Terms.builder();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String fieldPath = JsonPath.member(path, field.getKey());
      if (field.getKey().startsWith("$")) {
        throw new RequestFormatException(
            fieldPath,
            "operators are not metadata keys; a terms "
                + "object maps metadata keys to values or operators");
      }
      terms.put(field.getKey(), parseTermValue(field.getValue(), fieldPath));
    }
    return terms.build();
  }

  /** Reads one term value: a scalar (equality) or an operator object (a matcher). */
  static Object parseTermValue(JsonNode node, String path) {
    if (node.isObject()) {
      return parseOperator(node, path);
    }
    if (!node.isValueNode()) {
      throw new RequestFormatException(
          path,
          "a term value must be a JSON scalar or an operator "
              + "object such as {\"$IsIn\": [...]}, found "
              + JsonFields.describe(node));
    }
    return JsonValues.toJava(node);
  }

  private static ValueMatcher parseOperator(JsonNode node, String path) {
    if (node.size() != 1) {
      throw new RequestFormatException(
          path, "an operator object must have exactly one key, " + "found " + node.size());
    }
    Map.Entry<String, JsonNode> operator = node.properties().iterator().next();
    String operatorPath = JsonPath.member(path, operator.getKey());
    BiFunction<JsonNode, String, ValueMatcher> reader = OPERATORS.get(operator.getKey());
    if (reader == null) {
      throw new RequestFormatException(
          operatorPath,
          "unknown operator '" + operator.getKey() + "'; expected one of " + OPERATORS.keySet());
    }
    return reader.apply(operator.getValue(), operatorPath);
  }
}
