package io.github.nvfetch.examples;

import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.NeuroVaultDataset;
import io.github.nvfetch.core.filter.DefaultTerms;
import io.github.nvfetch.core.filter.ResultFilter;
import io.github.nvfetch.core.filter.Terms;

/**
 * Images whose metadata has fewer than 50 fields (old, sparse records), combined with nilearn's
 * default image terms through a {@link ResultFilter}: the terms are cleared and re-applied inside
 * the filter, {@code ResultFilter(basic_image_terms()).AND(lambda meta: len(meta) < 50)}.
 *
 * <p>Run: {@code ./nvfetch example few-fields [--base-url https://neurovault.org]}
 */
public final class FewFieldsImages {

  private FewFieldsImages() {}

  /** The request of this example (data directory aside). */
  public static FetchRequest.Builder request(FetchRequest.Builder builder) {
    return builder
        .imageTerms(Terms.of())
        .imageFilter(ResultFilter.of(DefaultTerms.images()).and(meta -> meta.size() < 50))
        .maxImages(10);
  }

  /** Runs the example; arguments: {@code [--base-url URL] [--data-dir DIR]}. */
  public static void main(String[] args) {
    FilteredExample.main(args, FewFieldsImages::request);
  }

  /** Fetches, prints and returns the images. */
  public static NeuroVaultDataset run(ExampleEnvironment env) {
    return FilteredExample.run(env, FewFieldsImages::request);
  }
}
