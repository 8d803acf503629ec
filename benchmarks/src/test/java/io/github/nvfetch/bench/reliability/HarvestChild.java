package io.github.nvfetch.bench.reliability;

import io.github.nvfetch.core.FetchedImage;
import io.github.nvfetch.core.Mode;
import io.github.nvfetch.reactor.HarvestEvent;
import io.github.nvfetch.reactor.NeuroVaultClient;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The harvest process {@link SigkillRestartTest} kills: a harvest of everything into a data
 * directory that prints {@code FETCHED <id>} on its standard output each time an image is complete
 * on disk (file and metadata), {@code WALKED <walked> <count>} each time the walk moves on (what
 * {@link SigkillWalkResumeTest} waits for), then {@code DONE} at the end.
 *
 * <p>Usage: {@code java -cp <test class path> io.github.nvfetch.bench.reliability.HarvestChild
 * <base URL> <data dir>}.
 */
public final class HarvestChild {

  /** Line prefix announcing an image complete on disk. */
  static final String FETCHED = "FETCHED ";

  /** Line prefix announcing the walk's progress: collections walked, then the list's count. */
  static final String WALKED = "WALKED ";

  /** Line announcing the end of the harvest. */
  static final String DONE = "DONE";

  private HarvestChild() {}

  /** Runs the harvest. */
  public static void main(String[] args) {
    String baseUrl = args[0];
    Path dataDir = Path.of(args[1]);
    try (NeuroVaultClient client =
        NeuroVaultClient.builder()
            .baseUrl(baseUrl)
            .neurosynthUrl(baseUrl + "/api/v2/decode/")
            .requestsPerSecond(1000)
            .downloadConcurrency(4)
            .retry(RestartableReplica.GENEROUS_RETRY)
            .build()) {
      client
          .fetchOutcomes(
              Requests.everything(dataDir, Mode.DOWNLOAD_NEW, false),
              event -> {
                if (event instanceof HarvestEvent.ImageFetched fetched
                    && fetched.image().origin() == FetchedImage.Origin.DOWNLOADED) {
                  System.out.println(FETCHED + fetched.image().imageId());
                  System.out.flush();
                } else if (event instanceof HarvestEvent.WalkProgressed walk) {
                  System.out.println(WALKED + walk.walked() + " " + walk.count());
                  System.out.flush();
                }
              })
          .blockLast(Duration.ofMinutes(5));
    }
    System.out.println(DONE);
    System.out.flush();
  }
}
