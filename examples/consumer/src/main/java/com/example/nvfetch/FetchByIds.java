package com.example.nvfetch;

import io.github.nvfetch.core.IdsRequest;
import io.github.nvfetch.core.NeuroVaultDataset;
import io.github.nvfetch.reactor.NeuroVault;
import io.github.nvfetch.reactor.NeuroVaultClient;
import java.nio.file.Path;

/** README, "Fetching by ids": nilearn's {@code fetch_neurovault_ids}. */
public final class FetchByIds {

  private FetchByIds() {}

  /** Collection 1952, then images 32015 and 32016. */
  public static NeuroVaultDataset run(NeuroVaultClient client, Path dataDir) {
    IdsRequest request = IdsRequest.builder()
        .collectionIds(1952)                 // whole collections, in this order
        .imageIds(32015, 32016)              // then single images
        .dataDir(dataDir)                    // files go to dataDir/neurovault
        .build();
    NeuroVaultDataset data = NeuroVault.fetchNeurovaultIds(client, request);
    return data;
  }
}
