package io.github.nvfetch.testkit.internal.corpus;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The custom metadata the live service merges into image records (after every serializer field), of
 * any JSON type, including an int-like key {@code "13"} as in nilearn's mock and NeuroVault's own
 * {@code custom_metadata_field_c}.
 */
final class CustomKeys {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final double RATE = 0.15;

  private CustomKeys() {}

  static void add(ObjectNode node, Rng rng) {
    if (!rng.chance(RATE)) {
      return;
    }
    if (rng.chance(0.5)) {
      node.put("13", rng.between(0, 100));
    }
    switch (rng.nextInt(5)) {
      case 0 -> node.put("some_key", "some value " + rng.between(1, 9));
      case 1 -> node.put("some_key", rng.between(1, 1000));
      case 2 -> node.put("some_key", rng.chance(0.5));
      case 3 -> node.set("some_key", NODES.arrayNode().add(1).add(2));
      default -> node.set("some_key", NODES.objectNode().put("nested", "value").putNull("empty"));
    }
    if (rng.chance(0.3)) {
      node.put("custom_metadata_field_c", 42);
    }
    if (rng.chance(0.3)) {
      node.put("smoothness_estimate_mm", rng.decimal(4, 12, 1));
    }
  }
}
