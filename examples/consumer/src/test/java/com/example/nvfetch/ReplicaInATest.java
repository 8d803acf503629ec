package com.example.nvfetch;

import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.ImageMeta;
import io.github.nvfetch.core.Mode;
import io.github.nvfetch.core.NeuroVaultDataset;
import io.github.nvfetch.reactor.NeuroVault;
import io.github.nvfetch.reactor.NeuroVaultClient;
import io.github.nvfetch.testkit.CorpusSpec;
import io.github.nvfetch.testkit.FaultProfile;
import io.github.nvfetch.testkit.ReplicaServer;
import java.nio.file.Path;
import java.util.List;

/** README, "The replica": the testkit in a test of your own. */
final class ReplicaInATest {

  private ReplicaInATest() {}

  /** Three images from a replica behind nginx's limits. */
  static List<Long> imageIds(Path dataDir) {
    try (ReplicaServer replica = ReplicaServer.builder()
            .corpus(CorpusSpec.builder().seed(42).collections(12).images(240).build())
            .faults(FaultProfile.NGINX)      // nginx's limits: 10 r/s, burst 20, 10 connections
            .port(0)
            .start();
        NeuroVaultClient client = NeuroVaultClient.builder()
            .baseUrl(replica.baseUrl())
            .neurosynthUrl(replica.neurosynthUrl())
            .build()) {
      NeuroVaultDataset data = NeuroVault.fetchNeurovault(client, FetchRequest.builder()
          .maxImages(3).mode(Mode.OVERWRITE).dataDir(dataDir).build());
      return data.imagesMeta().stream().map(ImageMeta::id).toList();
    }
  }
}
