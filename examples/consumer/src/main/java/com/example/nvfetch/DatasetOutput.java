package com.example.nvfetch;

import io.github.nvfetch.core.CollectionMeta;
import io.github.nvfetch.core.FailedImage;
import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.ImageMeta;
import io.github.nvfetch.core.NeuroVaultDataset;
import io.github.nvfetch.reactor.NeuroVault;
import io.github.nvfetch.reactor.NeuroVaultClient;
import java.nio.file.Path;
import java.util.List;

/** README, "Output": nilearn's Bunch, plus the failures, and the metadata tables. */
public final class DatasetOutput {

  private DatasetOutput() {}

  /** Five images, their metadata, and both tables written beside them. */
  public static NeuroVaultDataset run(NeuroVaultClient client, Path dataDir) {
    FetchRequest request = FetchRequest.builder().maxImages(5).dataDir(dataDir).build();
    NeuroVaultDataset data = NeuroVault.fetchNeurovault(client, request);
    List<Path> files = data.images();                    // nilearn: images
    List<ImageMeta> images = data.imagesMeta();          // images_meta
    List<CollectionMeta> collections = data.collectionsMeta(); // one per image, as nilearn
    List<FailedImage> failures = data.failures();        // what could not be fetched, and why
    String mapType = images.get(0).mapType().orElse("?");
    Object anyField = images.get(0).get("cognitive_paradigm_cogatlas");
    data.writeCsv(NeuroVaultDataset.Table.IMAGES, dataDir.resolve("images.csv"));
    data.writeJsonLines(NeuroVaultDataset.Table.COLLECTIONS, dataDir.resolve("collections.jsonl"));
    System.out.println(files.size() + " files, " + collections.size() + " collections, "
        + failures.size() + " failures; first: " + mapType + ", " + anyField);
    return data;
  }
}
