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
 * (result order), {@code collection_ids} (the collection of each returned image, in the same
 * order, as nilearn's {@code collections_meta}), {@code n_images}, {@code failed}
 * ({@code [{"id": .., "reason": ..}]}), {@code vocabulary_size} (null when words were not
 * requested), {@code elapsed_ms}; ids harvests put {@code collection_ids} first and add
 * {@code failed_collections} ({@code [{"id": .., "reason": ..}]}).
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
    return root.toString();
  }

  private static void imageIds(ObjectNode root, List<FetchedImage> images) {
    ArrayNode ids = root.putArray("image_ids");
    images.forEach(image -> ids.add(image.id()));
  }

  private static void collectionIds(ObjectNode root, List<FetchedImage> images) {
    ArrayNode ids = root.putArray("collection_ids");
    images.forEach(image -> ids.add(image.collectionId()));
  }

  private static void failedCollections(ArrayNode array,
      List<HarvestEvent.CollectionFailed> failures) {
    for (HarvestEvent.CollectionFailed failure : failures) {
      array.addObject().put("id", failure.collectionId()).put("reason", failure.reason());
    }
  }
}
