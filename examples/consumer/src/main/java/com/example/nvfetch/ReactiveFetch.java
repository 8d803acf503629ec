package com.example.nvfetch;

import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.FetchedImage;
import io.github.nvfetch.reactor.HarvestEvent;
import io.github.nvfetch.reactor.NeuroVaultClient;
import java.nio.file.Path;
import java.util.List;
import reactor.core.publisher.Flux;

/** README, "The reactive API": a lazy, backpressured {@code Flux} and listener events. */
public final class ReactiveFetch {

  private ReactiveFetch() {}

  /** The files of the first ten images; the rest of the harvest is cancelled. */
  public static List<Path> firstTen(NeuroVaultClient client, Path dataDir) {
    FetchRequest request = FetchRequest.builder().maxImages(50).dataDir(dataDir).build();
    Flux<Path> files = client.fetch(request, event -> {     // events: on their own thread
          if (event instanceof HarvestEvent.ImageFailed failed) {
            System.err.println("failed: " + failed.failure().reason());
          } else if (event instanceof HarvestEvent.RetryScheduled retry) {
            System.err.println("retry " + retry.attempt() + " of " + retry.uri());
          }
        })
        .limitRate(2)                // downloads follow demand: at most 2 asked at a time
        .map(FetchedImage::file);
    List<Path> firstTen = files.take(10).collectList().block(); // cancels the rest
    return firstTen;
  }
}
