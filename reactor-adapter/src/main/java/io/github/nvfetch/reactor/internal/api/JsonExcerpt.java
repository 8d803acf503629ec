package io.github.nvfetch.reactor.internal.api;

import com.fasterxml.jackson.databind.JsonNode;

/** A short, single-line excerpt of a JSON value for error messages (a server may send MBs). */
final class JsonExcerpt {

  private static final int MAX = 60;

  private JsonExcerpt() {}

  /** The value's JSON text, cut at 60 characters. */
  static String of(JsonNode node) {
    if (node == null) {
      return "nothing";
    }
    String text =
        node.isContainerNode()
            ? node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)
            : node.toString();
    return text.length() > MAX ? text.substring(0, MAX) + "..." : text;
  }
}
