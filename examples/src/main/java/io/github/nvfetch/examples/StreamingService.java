package io.github.nvfetch.examples;

import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.FetchedImage;
import io.github.nvfetch.core.Mode;
import io.github.nvfetch.reactor.NeuroVaultClient;
import io.github.nvfetch.testkit.LoggedRequest;
import io.github.nvfetch.testkit.ReplicaRoute;
import io.github.nvfetch.testkit.ReplicaServer;
import java.time.Duration;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A streaming consumer inside a reactive service: the service exposes harvested images as a {@link
 * Flux} (as a WebFlux endpoint would), and its subscriber is slow. Backpressure reaches the
 * downloads: the harvest allows 40 images, the subscriber handles 5, one at a time, and only the
 * files it asked for, plus the harvest's window of images in progress (twice the download
 * concurrency), are ever requested (the replica's request log shows it).
 *
 * <p>Run: {@code ./nvfetch example streaming [--base-url https://neurovault.org]}
 */
public final class StreamingService {

  /** Images the harvest would allow. */
  static final int ALLOWED = 40;

  /** Images the slow subscriber handles before it cancels. */
  static final int HANDLED = 5;

  private final NeuroVaultClient client;

  /**
   * A service that streams from a client.
   *
   * @param client the client (shared, thread-safe)
   */
  public StreamingService(NeuroVaultClient client) {
    this.client = client;
  }

  /**
   * What the service streams for each image.
   *
   * @param imageId the image
   * @param collectionId its collection
   * @param mapType its map type, or empty
   */
  public record ImageSummary(long imageId, long collectionId, String mapType) {
    static ImageSummary of(FetchedImage image) {
      return new ImageSummary(
          image.imageId(), image.collectionId(), image.image().mapType().orElse(""));
    }
  }

  /** The service's stream: lazy, cancellable, pulled at the subscriber's pace. */
  public Flux<ImageSummary> summaries(FetchRequest request) {
    return client.fetch(request).map(ImageSummary::of);
  }

  /** Runs the example; arguments: {@code [--base-url URL] [--data-dir DIR]}. */
  public static void main(String[] args) {
    try (ExampleEnvironment env = ExampleEnvironment.fromArgs(args, FilteredExample.CORPUS)) {
      run(env);
    }
  }

  /**
   * Subscribes slowly (one image at a time, 100 ms of "work" each), stops after {@value #HANDLED}
   * images, and reports how many files were requested.
   *
   * @return the images the subscriber handled
   */
  public static List<ImageSummary> run(ExampleEnvironment env) {
    FetchRequest request =
        FetchRequest.builder()
            .maxImages(ALLOWED)
            .mode(Mode.OVERWRITE)
            .dataDir(env.dataDir())
            .build();
    List<ImageSummary> handled =
        new StreamingService(env.client())
            .summaries(request)
            .limitRate(1)
            .concatMap(summary -> Mono.just(summary).delayElement(Duration.ofMillis(100)), 1)
            .doOnNext(summary -> env.out().println("  handled " + summary))
            .take(HANDLED)
            .collectList()
            .block();
    env.out()
        .println(
            "The subscriber handled " + handled.size() + " images out of " + ALLOWED + " allowed.");
    env.replica()
        .ifPresent(
            replica ->
                env.out()
                    .println(
                        "The replica served "
                            + filesServed(replica)
                            + " image files: a slow subscriber bounds what is downloaded "
                            + "(what it asked for plus the harvest's window of images in progress)."));
    return handled;
  }

  /** Image files the replica answered, once it is idle. */
  static long filesServed(ReplicaServer replica) {
    replica.awaitIdle(Duration.ofSeconds(10));
    List<LoggedRequest> log = replica.requestLog();
    return log.stream().filter(r -> r.route().equals(ReplicaRoute.MEDIA_FILE.wireName())).count();
  }
}
