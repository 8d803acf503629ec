package io.github.nvfetch.reactor.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the real nilearn selected on the tests' replica corpora, recorded by {@code
 * tools/nilearn-compat/record_selections.py} into {@code nilearn-selections.json} (with DESIGN.md's
 * deliberate filter fixes applied). The end-to-end tests compare the SDK with these recorded ids,
 * never with the SDK's own selection code.
 */
final class NilearnSelections {

  private static final JsonNode RECORDED = load();

  private NilearnSelections() {}

  private static JsonNode load() {
    try (InputStream in = NilearnSelections.class.getResourceAsStream("/nilearn-selections.json")) {
      if (in == null) {
        throw new IllegalStateException("nilearn-selections.json is not on the test class path");
      }
      return new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The image ids nilearn fetched, in its order.
   *
   * @param corpus the corpus key of the recording, e.g. {@code seed7}
   * @param requestJson the request document, exactly as recorded
   * @throws IllegalArgumentException when the case was not recorded (rerun the script)
   */
  static List<Long> imageIds(String corpus, String requestJson) {
    JsonNode cases = RECORDED.path("corpora").path(corpus).path("cases");
    for (JsonNode recorded : cases) {
      if (recorded.get("request").asText().equals(requestJson)) {
        List<Long> ids = new ArrayList<>();
        recorded.get("image_ids").forEach(id -> ids.add(id.asLong()));
        return List.copyOf(ids);
      }
    }
    throw new IllegalArgumentException(
        "no nilearn recording of "
            + requestJson
            + " on "
            + corpus
            + ": add it to tools/nilearn-compat/record_selections.py and rerun it");
  }
}
