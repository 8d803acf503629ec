package io.github.nvfetch.cli;

import io.github.nvfetch.core.CollectionMeta;
import io.github.nvfetch.core.FailedImage;
import io.github.nvfetch.core.FetchedImage;
import io.github.nvfetch.core.NeuroVaultDataset;
import io.github.nvfetch.reactor.HarvestEvent;
import io.github.nvfetch.reactor.HarvestProgress;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The human summary of a harvest: counts (local store vs downloaded), images per collection, map
 * types, failures with reasons, the top words when words were fetched, and where the files are.
 */
public final class SummaryRenderer {

  /** How many words the summary lists. */
  static final int TOP_WORDS = 10;

  private static final int NAME_WIDTH = 56;

  /** Lines fit in 80 columns. */
  private static final int WIDTH = 79;

  private SummaryRenderer() {}

  /** Prints the summary. */
  public static void print(HarvestReport report, PrintWriter out) {
    NeuroVaultDataset dataset = report.dataset();
    out.println();
    out.println(headline(report));
    if (!dataset.fetched().isEmpty()) {
      printCollections(dataset.fetched(), out);
      printMapTypes(dataset.fetched(), out);
    }
    printFailures(dataset.failures(), report.failedCollections(), out);
    if (report.wordsRequested()) {
      printWords(report, out);
    }
    out.println();
    out.println("Files: " + report.storeRoot());
    out.println(
        "  collection_<id>/image_<id>.nii.gz with image_<id>_metadata.json"
            + (anyWordsFile(report)
                ? System.lineSeparator() + "  and neurosynth_words_for_image_<id>.json"
                : "")
            + " (nilearn's layout)");
    out.flush();
  }

  /**
   * {@code Fetched 20 images in 6.3 s: 0 from the local store, 20 downloaded.} and, on a second
   * line (so that both fit in 80 columns), {@code Received 12.3 MB, 2 retries.}
   */
  static String headline(HarvestReport report) {
    HarvestProgress p = report.progress();
    int images = report.dataset().fetched().size();
    return "Fetched "
        + images
        + (images == 1 ? " image" : " images")
        + " in "
        + Sizes.duration(report.elapsed())
        + ": "
        + report.fromLocalStore()
        + " from the local store, "
        + report.downloaded()
        + " downloaded."
        + System.lineSeparator()
        + "Received "
        + Sizes.bytes(p.bytes())
        + ", "
        + p.retries()
        + (p.retries() == 1 ? " retry." : " retries.");
  }

  private static void printCollections(List<FetchedImage> images, PrintWriter out) {
    Map<Long, CollectionMeta> collections = new LinkedHashMap<>();
    Map<Long, Integer> counts = new LinkedHashMap<>();
    for (FetchedImage image : images) {
      collections.putIfAbsent(image.collectionId(), image.collection());
      counts.merge(image.collectionId(), 1, Integer::sum);
    }
    out.println();
    out.println(String.format(Locale.ROOT, "  %10s  %6s  %s", "collection", "images", "name"));
    collections.forEach(
        (id, collection) ->
            out.println(
                String.format(
                    Locale.ROOT,
                    "  %10d  %6d  %s",
                    id,
                    counts.get(id),
                    shorten(collection.name().orElse("")))));
  }

  private static void printMapTypes(List<FetchedImage> images, PrintWriter out) {
    Map<String, Long> types =
        new TreeMap<>(
            images.stream()
                .collect(
                    Collectors.groupingBy(
                        image -> image.image().mapType().orElse("(none)"), Collectors.counting())));
    int width = types.keySet().stream().mapToInt(String::length).max().orElse(0);
    String row = "  %-" + Math.max(8, Math.min(width, NAME_WIDTH)) + "s  %6s";
    out.println();
    out.println(String.format(Locale.ROOT, row, "map type", "images"));
    types.forEach(
        (type, count) -> out.println(String.format(Locale.ROOT, row, shorten(type), count)));
  }

  private static void printFailures(
      List<FailedImage> failures,
      List<HarvestEvent.CollectionFailed> collections,
      PrintWriter out) {
    if (!failures.isEmpty()) {
      out.println();
      out.println(
          failures.size()
              + (failures.size() == 1 ? " image" : " images")
              + " could not be fetched (the others are complete):");
      failures.forEach(f -> out.println("  image " + f.imageId() + ": " + f.reason()));
    }
    if (!collections.isEmpty()) {
      out.println();
      out.println(
          collections.size()
              + (collections.size() == 1 ? " collection" : " collections")
              + " could not be read:");
      collections.forEach(c -> out.println("  collection " + c.collectionId() + ": " + c.reason()));
    }
  }

  private static void printWords(HarvestReport report, PrintWriter out) {
    List<TopWords.WordWeight> top = TopWords.of(report.dataset(), TOP_WORDS);
    out.println();
    if (top.isEmpty()) {
      out.println(
          "No Neurosynth words could be fetched ("
              + report.progress().wordsUnavailable()
              + " images without words): Neurosynth may be down; the images are fine.");
      return;
    }
    out.println(
        "Top words (total weight over "
            + report.dataset().fetched().size()
            + " images; vocabulary of "
            + report.dataset().vocabulary().orElseThrow().size()
            + " words):");
    List<String> items =
        top.stream()
            .map(w -> String.format(Locale.ROOT, "%s %.2f", w.word(), w.totalWeight()))
            .toList();
    StringBuilder line = new StringBuilder(" ");
    for (int i = 0; i < items.size(); i++) {
      String item = " " + items.get(i) + (i + 1 < items.size() ? "," : "");
      if (line.length() + item.length() > WIDTH && line.length() > 1) {
        out.println(line);
        line.setLength(0);
        line.append(" ");
      }
      line.append(item);
    }
    out.println(line);
  }

  private static boolean anyWordsFile(HarvestReport report) {
    return report.dataset().fetched().stream().anyMatch(image -> image.wordsFile().isPresent());
  }

  private static String shorten(String text) {
    return text.length() <= NAME_WIDTH ? text : text.substring(0, NAME_WIDTH - 3) + "...";
  }
}
