package com.example.nvfetch;

import io.github.nvfetch.core.FailedImage;
import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.FetchedImage;
import io.github.nvfetch.reactor.HarvestListener;
import io.github.nvfetch.reactor.NeuroVaultClient;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** README, "The reactive API": every {@code ImageOutcome}, failures as data. */
public final class FailuresAsData {

  private FailuresAsData() {}

  /** The ids of the images that could not be fetched (the stored files are printed). */
  public static List<Long> failedIds(NeuroVaultClient client, Path dataDir) {
    List<Long> failed = new CopyOnWriteArrayList<>();
    client.fetchOutcomes(FetchRequest.builder().maxImages(5).dataDir(dataDir).build(),
            HarvestListener.NONE)
        .doOnNext(outcome -> {       // ImageOutcome is sealed: FetchedImage or FailedImage
          if (outcome instanceof FetchedImage image) {
            System.out.println("stored " + image.file());
          } else if (outcome instanceof FailedImage failure) {
            failed.add(failure.imageId());
            System.err.println(failure.imageId() + " failed: " + failure.reason());
          }
        })
        .blockLast();
    return failed;
  }
}
