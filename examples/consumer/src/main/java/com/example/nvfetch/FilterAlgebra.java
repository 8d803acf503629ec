package com.example.nvfetch;

import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.NeuroVaultDataset;
import io.github.nvfetch.core.filter.ResultFilter;
import io.github.nvfetch.core.filter.Terms;
import io.github.nvfetch.reactor.NeuroVault;
import io.github.nvfetch.reactor.NeuroVaultClient;
import java.nio.file.Path;

/** README, "Selection filters": {@code ResultFilter} combinations and lambdas. */
public final class FilterAlgebra {

  private FilterAlgebra() {}

  /** Group-level T or Z maps, not thresholded, with fewer than 60 fields. */
  public static NeuroVaultDataset run(NeuroVaultClient client, Path dataDir) {
    ResultFilter group = ResultFilter.of(Terms.of("analysis_level", "group"));
    ResultFilter tOrZ = ResultFilter.of(Terms.of("map_type", "T map"))
        .or(ResultFilter.of(Terms.of("map_type", "Z map")));
    ResultFilter thresholded = ResultFilter.of(Terms.of("is_thresholded", true));
    FetchRequest request = FetchRequest.builder()
        .imageTerms(Terms.of())                          // nilearn: image_terms={}
        .imageFilter(group.and(tOrZ).and(thresholded.not())
            .and(image -> image.size() < 60))            // any Predicate composes
        .collectionFilter(collection -> collection.numberOfImages().orElse(0) >= 5)
        .maxImages(10)
        .dataDir(dataDir)
        .build();
    return NeuroVault.fetchNeurovault(client, request);
  }
}
