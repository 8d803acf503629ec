package io.github.nvfetch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.nvfetch.core.FailedImage;
import io.github.nvfetch.core.FetchedImage;
import io.github.nvfetch.core.NeuroVaultDataset;
import io.github.nvfetch.reactor.HarvestEvent;
import java.util.List;

/**
 * The machine summary of {@code --json}: one JSON object on one line. Keys: {@code image_ids}
 * (result order), {@code collection_ids} (the collection of each returned image, in the same order,
 * as nilearn's {@code collections_meta}), {@code n_images}, {@code failed} ({@code [{"id": ..,
 * "reason": ..}]}), {@code vocabulary_size} (null when words were not requested), {@code
 * elapsed_ms}, {@code warnings} (strings, also printed on stderr); ids harvests put {@code
 * collection_ids} first and add {@code failed_collections} ({@code [{"id": .., "reason": ..}]}). A
 * harvest that stops prints {@link #failure} instead, and an interrupted one {@link #interrupted},
 * so the last line of stdout is always JSON.
 */
public final class JsonSummary {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonSummary() {}

  /**
   * The summary line of a harvest.
   *
   * @param report the harvest's result
   * @param idsHarvest whether it was an ids harvest
   * @return one line of JSON, without a line break
   */
  public static String line(HarvestReport report, boolean idsHarvest) {
    NeuroVaultDataset dataset = report.dataset();
    ObjectNode root = JSON.createObjectNode();
    if (idsHarvest) {
      collectionIds(root, dataset.fetched());
      imageIds(root, dataset.fetched());
    } else {
      imageIds(root, dataset.fetched());
      collectionIds(root, dataset.fetched());
    }
    root.put("n_images", dataset.fetched().size());
    ArrayNode failed = root.putArray("failed");
    for (FailedImage failure : dataset.failures()) {
      failed.addObject().put("id", failure.imageId()).put("reason", failure.reason());
    }
    if (idsHarvest) {
      failedCollections(root.putArray("failed_collections"), report.failedCollections());
    }
    if (report.wordsRequested()) {
      root.put("vocabulary_size", dataset.vocabulary().map(List::size).orElse(0));
    } else {
      root.putNull("vocabulary_size");
    }
    root.put("elapsed_ms", report.elapsed().toMillis());
    warnings(root, report.warnings());
    return root.toString();
  }

  /**
   * The line of a run that stopped: {@code error} (the message), {@code exit_code}, then what was
   * done before it stopped ({@code n_images}, {@code image_ids}, {@code failed}), {@code
   * elapsed_ms} and {@code warnings}.
   *
   * @param message what went wrong, as printed on stderr
   * @param exitCode the exit code of the run
   * @param progress the harvest's counters, or null when it did not start
   * @param elapsedMillis time since the command started
   * @param warnings the run's warnings
   */
  public static String failure(
      String message,
      int exitCode,
      HarvestRecorder progress,
      long elapsedMillis,
      List<String> warnings) {
    ObjectNode root = JSON.createObjectNode();
    root.put("error", message);
    root.put("exit_code", exitCode);
    partial(root, progress, elapsedMillis, warnings);
    return root.toString();
  }

  /**
   * The line of an interrupted run: {@code "interrupted": true}, {@code exit_code} 130, what was
   * stored, and {@code resume} (how to go on).
   */
  public static String interrupted(
      String resume, HarvestRecorder progress, long elapsedMillis, List<String> warnings) {
    ObjectNode root = JSON.createObjectNode();
    root.put("interrupted", true);
    root.put("error", "interrupted");
    root.put("exit_code", ExitCodes.INTERRUPTED);
    partial(root, progress, elapsedMillis, warnings);
    root.put("resume", resume);
    return root.toString();
  }

  private static void partial(
      ObjectNode root, HarvestRecorder progress, long elapsedMillis, List<String> warnings) {
    List<Long> fetched = progress == null ? List.of() : progress.fetchedIds();
    root.put("n_images", fetched.size());
    ArrayNode ids = root.putArray("image_ids");
    fetched.forEach(ids::add);
    ArrayNode failed = root.putArray("failed");
    if (progress != null) {
      for (FailedImage failure : progress.failures()) {
        failed.addObject().put("id", failure.imageId()).put("reason", failure.reason());
      }
    }
    root.put("elapsed_ms", elapsedMillis);
    warnings(root, warnings);
  }

  private static void warnings(ObjectNode root, List<String> warnings) {
    ArrayNode array = root.putArray("warnings");
    warnings.forEach(array::add);
  }

  private static void imageIds(ObjectNode root, List<FetchedImage> images) {
    ArrayNode ids = root.putArray("image_ids");
    images.forEach(image -> ids.add(image.imageId()));
  }

  private static void collectionIds(ObjectNode root, List<FetchedImage> images) {
    ArrayNode ids = root.putArray("collection_ids");
    images.forEach(image -> ids.add(image.collectionId()));
  }

  private static void failedCollections(
      ArrayNode array, List<HarvestEvent.CollectionFailed> failures) {
    for (HarvestEvent.CollectionFailed failure : failures) {
      array.addObject().put("id", failure.collectionId()).put("reason", failure.reason());
    }
  }
}
