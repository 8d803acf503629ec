package io.github.nvfetch.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The real and reconstructed NeuroVault records copied into the test resources. */
final class Samples {

  private Samples() {}

  static JsonNode load(String name) {
    try (InputStream in = Samples.class.getResourceAsStream("/samples/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no sample " + name);
      }
      return Http.JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> keys(JsonNode node) {
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  static JsonNode image308() {
    return load("image_308.reconstructed_current_schema.json");
  }

  static JsonNode image110() {
    return load("image_110.real_nilearn2016.json");
  }

  static JsonNode atlas() {
    return load("image_atlas.reconstructed_current_schema.json");
  }

  static JsonNode collection63() {
    return load("collection_63.reconstructed_current_schema.json");
  }

  static JsonNode collection35() {
    return load("collection_35.real_nilearn2016.json");
  }
}
