package io.github.nvfetch.report.internal.model;

import io.github.nvfetch.core.CollectionMeta;
import io.github.nvfetch.core.ImageMeta;
import io.github.nvfetch.core.words.NeurosynthWords;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Turns stored metadata into {@link ReportImage}s: page links and top words. */
public final class ImageRecords {

  /** Words shown per image. */
  public static final int TOP_WORDS = 8;

  private static final String NEUROVAULT_IMAGES = "https://neurovault.org/images/";

  private ImageRecords() {}

  /** One image of the report. */
  public static ReportImage image(
      ImageMeta image,
      CollectionMeta collection,
      Path file,
      boolean downloaded,
      Optional<Path> wordsFile) {
    return new ReportImage(
        image.id(),
        collection.id(),
        image.name(),
        collection.name(),
        image.mapType(),
        image.modality(),
        image.numberOfSubjects(),
        page(image),
        file,
        downloaded,
        topWords(wordsFile));
  }

  /**
   * The image's page: its {@code url} field when that is an http(s) URL, else the NeuroVault page
   * built from its id. Anything else (javascript:, data:, relative) is never used as a link.
   */
  static String page(ImageMeta image) {
    Optional<String> url = image.getString("url").map(String::trim);
    if (url.isPresent() && isWebUrl(url.get())) {
      return url.get();
    }
    return NEUROVAULT_IMAGES + image.id() + "/";
  }

  static boolean isWebUrl(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    return (lower.startsWith("http://") || lower.startsWith("https://"))
        && url.length() < 2000
        && url.chars().noneMatch(c -> c <= ' ' || c == '"' || c == '\'' || c == '<' || c == '>');
  }

  /** The strongest words of a words file; none when there is no file or it cannot be read. */
  static List<Map.Entry<String, Double>> topWords(Optional<Path> wordsFile) {
    if (wordsFile.isEmpty()) {
      return List.of();
    }
    Optional<Map<String, Double>> words;
    try {
      words = NeurosynthWords.parse(Files.readAllBytes(wordsFile.get()));
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
    List<Map.Entry<String, Double>> sorted = new ArrayList<>(words.orElse(Map.of()).entrySet());
    sorted.removeIf(e -> e.getValue() == null || !Double.isFinite(e.getValue()));
    sorted.sort(
        Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()));
    return sorted.subList(0, Math.min(TOP_WORDS, sorted.size())).stream()
        .map(e -> Map.entry(e.getKey(), e.getValue()))
        .toList();
  }
}
