package com.example.nvfetch;

import static io.github.nvfetch.core.filter.Matchers.greaterOrEqual;
import static io.github.nvfetch.core.filter.Matchers.isIn;
import static io.github.nvfetch.core.filter.Matchers.notNull;
import static io.github.nvfetch.core.filter.Matchers.pattern;

import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.NeuroVaultDataset;
import io.github.nvfetch.core.filter.Pattern;
import io.github.nvfetch.core.filter.Terms;
import io.github.nvfetch.reactor.NeuroVault;
import io.github.nvfetch.reactor.NeuroVaultClient;
import java.nio.file.Path;

/** README, "Selection filters": the matchers, with a static import of {@code Matchers}. */
public final class MatcherTerms {

  private MatcherTerms() {}

  /** Terms built from the matchers, replacing the defaults. */
  public static NeuroVaultDataset run(NeuroVaultClient client, Path dataDir) {
    Terms imageTerms = Terms.of(
        "modality", pattern("fmri(-.*)?", Pattern.Flag.IGNORECASE),
        "number_of_subjects", greaterOrEqual(20),
        "map_type", isIn("T map", "Z map"),
        "not_mni", false);
    FetchRequest request = FetchRequest.builder()
        .imageTerms(imageTerms)                          // replaces the default image terms
        .collectionTerms(Terms.of("DOI", notNull()))     // replaces number_of_images: NotNull
        .maxImages(10)
        .dataDir(dataDir)
        .build();
    return NeuroVault.fetchNeurovault(client, request);
  }
}
