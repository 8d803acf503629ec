package io.github.nvfetch.examples;

import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.NeuroVaultDataset;

/**
 * BOLD images only, at most 7: nilearn's {@code fetch_neurovault(max_images=7,
 * modality="fMRI-BOLD")}. The term is merged over nilearn's default terms, which stay.
 *
 * <p>Run: {@code ./nvfetch example bold [--base-url https://neurovault.org]}
 */
public final class BoldImages {

  private BoldImages() {}

  /** The request of this example (data directory aside). */
  public static FetchRequest.Builder request(FetchRequest.Builder builder) {
    return builder.imageTerm("modality", "fMRI-BOLD").maxImages(7);
  }

  /** Runs the example; arguments: {@code [--base-url URL] [--data-dir DIR]}. */
  public static void main(String[] args) {
    FilteredExample.main(args, BoldImages::request);
  }

  /** Fetches, prints and returns the images. */
  public static NeuroVaultDataset run(ExampleEnvironment env) {
    return FilteredExample.run(env, BoldImages::request);
  }
}
