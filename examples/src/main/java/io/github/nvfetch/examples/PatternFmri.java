package io.github.nvfetch.examples;

import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.NeuroVaultDataset;
import io.github.nvfetch.core.filter.Pattern;

/**
 * Images whose modality matches {@code fmri(-.*)?} in any case (anchored at the start, as Python's
 * {@code re.match}): nilearn's {@code modality=Pattern("fmri(-.*)?", re.IGNORECASE)}, default terms
 * kept, 10 images.
 *
 * <p>Run: {@code ./nvfetch example pattern [--base-url https://neurovault.org]}
 */
public final class PatternFmri {

  private PatternFmri() {}

  /** The request of this example (data directory aside). */
  public static FetchRequest.Builder request(FetchRequest.Builder builder) {
    return builder
        .imageTerm("modality", Pattern.of("fmri(-.*)?", Pattern.Flag.IGNORECASE))
        .maxImages(10);
  }

  /** Runs the example; arguments: {@code [--base-url URL] [--data-dir DIR]}. */
  public static void main(String[] args) {
    FilteredExample.main(args, PatternFmri::request);
  }

  /** Fetches, prints and returns the images. */
  public static NeuroVaultDataset run(ExampleEnvironment env) {
    return FilteredExample.run(env, PatternFmri::request);
  }
}
