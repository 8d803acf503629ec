package io.github.nvfetch.examples;

import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.NeuroVaultDataset;
import io.github.nvfetch.core.filter.Contains;

/**
 * Images whose modality contains {@code fMRI} (a substring test on strings): nilearn's {@code
 * modality=Contains("fMRI")}, default terms kept, 10 images.
 *
 * <p>Run: {@code ./nvfetch example contains [--base-url https://neurovault.org]}
 */
public final class ContainsFmri {

  private ContainsFmri() {}

  /** The request of this example (data directory aside). */
  public static FetchRequest.Builder request(FetchRequest.Builder builder) {
    return builder.imageTerm("modality", Contains.of("fMRI")).maxImages(10);
  }

  /** Runs the example; arguments: {@code [--base-url URL] [--data-dir DIR]}. */
  public static void main(String[] args) {
    FilteredExample.main(args, ContainsFmri::request);
  }

  /** Fetches, prints and returns the images. */
  public static NeuroVaultDataset run(ExampleEnvironment env) {
    return FilteredExample.run(env, ContainsFmri::request);
  }
}
