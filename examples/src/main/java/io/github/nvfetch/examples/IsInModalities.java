package io.github.nvfetch.examples;

import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.NeuroVaultDataset;
import io.github.nvfetch.core.filter.IsIn;

/**
 * Images whose modality is one of fMRI-BOLD, fMRI-CBF and fMRI-CBV: nilearn's {@code
 * modality=IsIn("fMRI-BOLD", "fMRI-CBF", "fMRI-CBV")}, default terms kept, 10 images.
 *
 * <p>Run: {@code ./nvfetch example is-in [--base-url https://neurovault.org]}
 */
public final class IsInModalities {

  private IsInModalities() {}

  /** The request of this example (data directory aside). */
  public static FetchRequest.Builder request(FetchRequest.Builder builder) {
    return builder
        .imageTerm("modality", IsIn.of("fMRI-BOLD", "fMRI-CBF", "fMRI-CBV"))
        .maxImages(10);
  }

  /** Runs the example; arguments: {@code [--base-url URL] [--data-dir DIR]}. */
  public static void main(String[] args) {
    FilteredExample.main(args, IsInModalities::request);
  }

  /** Fetches, prints and returns the images. */
  public static NeuroVaultDataset run(ExampleEnvironment env) {
    return FilteredExample.run(env, IsInModalities::request);
  }
}
