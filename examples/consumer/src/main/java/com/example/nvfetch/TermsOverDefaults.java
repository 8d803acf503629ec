package com.example.nvfetch;

import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.NeuroVaultDataset;
import io.github.nvfetch.core.filter.IsIn;
import io.github.nvfetch.reactor.NeuroVault;
import io.github.nvfetch.reactor.NeuroVaultClient;
import java.nio.file.Path;

/** README, "Selection filters": terms merged over nilearn's default terms. */
public final class TermsOverDefaults {

  private TermsOverDefaults() {}

  /** fMRI-BOLD T and Z maps, at most 20. */
  public static NeuroVaultDataset run(NeuroVaultClient client, Path dataDir) {
    FetchRequest request = FetchRequest.builder()
        .imageTerm("modality", "fMRI-BOLD")              // nilearn: modality="fMRI-BOLD"
        .imageTerm("map_type", IsIn.of("T map", "Z map")) // replaces the default map_type term
        .maxImages(20)
        .dataDir(dataDir)
        .build();
    NeuroVaultDataset data = NeuroVault.fetchNeurovault(client, request);
    return data;
  }
}
