package io.github.nvfetch.examples;

import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.NeuroVaultDataset;
import io.github.nvfetch.core.filter.Terms;

/**
 * A plain Java lambda as the image filter, with the default image terms cleared (nilearn's {@code
 * image_terms={}, image_filter=lambda meta: ...}): group-level T maps, 10 images. Without clearing
 * the terms, nilearn (and this SDK) warn that the default terms still apply.
 *
 * <p>Run: {@code ./nvfetch example image-filter [--base-url https://neurovault.org]}
 */
public final class ImageFilterLambda {

  private ImageFilterLambda() {}

  /** The request of this example (data directory aside). */
  public static FetchRequest.Builder request(FetchRequest.Builder builder) {
    return builder
        .imageTerms(Terms.of())
        .imageFilter(
            image ->
                image.mapType().filter("T map"::equals).isPresent()
                    && image.analysisLevel().filter("group"::equals).isPresent())
        .maxImages(10);
  }

  /** Runs the example; arguments: {@code [--base-url URL] [--data-dir DIR]}. */
  public static void main(String[] args) {
    FilteredExample.main(args, ImageFilterLambda::request);
  }

  /** Fetches, prints and returns the images. */
  public static NeuroVaultDataset run(ExampleEnvironment env) {
    return FilteredExample.run(env, ImageFilterLambda::request);
  }
}
