package io.github.nvfetch.examples.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.nvfetch.core.FailedImage;
import io.github.nvfetch.core.FetchedImage;
import io.github.nvfetch.core.ImageOutcome;
import io.github.nvfetch.core.words.NeurosynthWords;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The lines of a harvest stream: one JSON object per line (NDJSON). */
final class NdjsonLines {

  private static final ObjectMapper JSON = new ObjectMapper();

  private NdjsonLines() {}

  /**
   * The line of one outcome. Reads the words file of a fetched image (small): call it off the
   * network threads.
   */
  static String outcome(ImageOutcome outcome) {
    if (outcome instanceof FetchedImage fetched) {
      return fetched(fetched);
    }
    FailedImage failed = (FailedImage) outcome;
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("failed", failed.imageId());
    line.put("reason", failed.reason());
    return write(line);
  }

  private static String fetched(FetchedImage image) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("id", image.imageId());
    line.put("collection", image.collectionId());
    line.put("path", image.file().toString());
    line.put("map_type", image.image().mapType().orElse(null));
    line.put(
        "origin", image.origin() == FetchedImage.Origin.DOWNLOADED ? "downloaded" : "local_store");
    line.put("words", image.wordsFile().map(NdjsonLines::wordCount).orElse(0));
    return write(line);
  }

  private static int wordCount(Path wordsFile) {
    try {
      Optional<Map<String, Double>> words = NeurosynthWords.parse(Files.readAllBytes(wordsFile));
      return words.map(Map::size).orElse(0);
    } catch (IOException e) {
      return 0;
    }
  }

  /** The last line of a harvest that ended normally. */
  static String summary(ProgressTracker tracker) {
    return write(Map.of("summary", tracker.snapshot()));
  }

  /** The last line of a harvest that could not go on. */
  static String error(ProgressTracker tracker, String message) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("error", message);
    line.put("harvest", tracker.id());
    line.put("progress", tracker.snapshot());
    return write(line);
  }

  /** Any JSON object on one line. */
  static String write(Map<String, ?> object) {
    try {
      return JSON.writeValueAsString(object) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
