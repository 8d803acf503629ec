package io.github.nvfetch.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.nvfetch.core.RequestFormatException;
import io.github.nvfetch.core.filter.ResultFilter;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;

/**
 * Reads a filter: a terms object, or one combinator object {@code {"$AND": [F, ...]}}, {@code
 * {"$OR": [...]}}, {@code {"$XOR": [...]}} (non-empty arrays, folded from the left as nilearn's
 * chained {@code AND}/{@code OR}/{@code XOR} calls) or {@code {"$NOT": F}}.
 */
final class FilterJsonParser {

  private static final Map<String, BinaryOperator<ResultFilter>> COMBINATORS =
      Map.of(
          "$AND", ResultFilter::and,
          "$OR", ResultFilter::or,
          "$XOR", ResultFilter::xor);

  private static final String NOT = "$NOT";

  private FilterJsonParser() {}

  /** Reads the filter found at {@code path}. */
  static ResultFilter parseFilter(JsonNode node, String path) {
    JsonFields.requireObject(node, path, "a filter");
    if (!hasOperatorKey(node)) {
      return ResultFilter.of(TermJsonParser.parseTerms(node, path));
    }
    if (node.size() != 1) {
      throw new RequestFormatException(
          path, "a filter operator object must have exactly one " + "key, found " + node.size());
    }
    Map.Entry<String, JsonNode> operator = node.properties().iterator().next();
    String operatorPath = JsonPath.member(path, operator.getKey());
    if (NOT.equals(operator.getKey())) {
      return parseFilter(operator.getValue(), operatorPath).not();
    }
    BinaryOperator<ResultFilter> combinator = COMBINATORS.get(operator.getKey());
    if (combinator == null) {
      throw new RequestFormatException(
          operatorPath,
          "unknown filter operator '"
              + operator.getKey()
              + "'; expected one of "
              + List.of("$AND", "$OR", "$XOR", NOT));
    }
    return combine(operator.getValue(), operatorPath, combinator);
  }

  private static ResultFilter combine(
      JsonNode operands, String path, BinaryOperator<ResultFilter> combinator) {
    if (!operands.isArray() || operands.isEmpty()) {
      throw new RequestFormatException(
          path, "must be a non-empty array of filters, found " + JsonFields.describe(operands));
    }
    ResultFilter combined = parseFilter(operands.get(0), JsonPath.element(path, 0));
    for (int i = 1; i < operands.size(); i++) {
      combined =
          combinator.apply(combined, parseFilter(operands.get(i), JsonPath.element(path, i)));
    }
    return combined;
  }

  private static boolean hasOperatorKey(JsonNode node) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      if (names.next().startsWith("$")) {
        return true;
      }
    }
    return false;
  }
}
