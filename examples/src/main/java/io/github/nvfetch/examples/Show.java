package io.github.nvfetch.examples;

import io.github.nvfetch.core.FailedImage;
import io.github.nvfetch.core.FetchedImage;
import io.github.nvfetch.core.ImageMeta;
import io.github.nvfetch.core.NeuroVaultDataset;
import java.io.PrintStream;

/** How the examples print what they fetched: one line per image, then the failures. */
public final class Show {

  private Show() {}

  /** Prints {@code N images:} and one line per image, then one per failure. */
  public static void dataset(NeuroVaultDataset dataset, PrintStream out) {
    out.println(dataset.fetched().size() + " images:");
    dataset.fetched().forEach(image -> out.println("  " + line(image)));
    for (FailedImage failure : dataset.failures()) {
      out.println("  failed: image " + failure.imageId() + ": " + failure.reason());
    }
  }

  /** {@code image 47 (collection 4): fMRI-BOLD, T map -> /data/neurovault/...}. */
  public static String line(FetchedImage fetched) {
    ImageMeta image = fetched.image();
    return "image "
        + image.id()
        + " (collection "
        + fetched.collectionId()
        + "): "
        + image.modality().orElse("no modality")
        + ", "
        + image.mapType().orElse("no map type")
        + " -> "
        + fetched.file();
  }
}
