package io.github.nvfetch.bench.reliability;

import io.github.nvfetch.core.FetchedImage;
import io.github.nvfetch.core.ImageOutcome;
import io.github.nvfetch.reactor.HarvestEvent;
import io.github.nvfetch.reactor.HarvestListener;
import io.github.nvfetch.reactor.NeuroVaultClient;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import reactor.core.publisher.Flux;

/**
 * A harvest subscribed in the background, so that a test can act while it runs (kill the server
 * once some images were downloaded) and then wait for its end.
 */
public final class HarvestInProgress {

  /** The longest a harvest of the suite may take: far above any expected run. */
  static final Duration TIMEOUT = Duration.ofMinutes(3);

  private final NeuroVaultClient client;
  private final List<HarvestEvent> events = new CopyOnWriteArrayList<>();
  private final CountDownLatch downloads;
  private final long startNanos = System.nanoTime();
  private volatile long endNanos;
  private final CompletableFuture<List<ImageOutcome>> result;

  private HarvestInProgress(
      NeuroVaultClient client,
      Function<HarvestListener, Flux<ImageOutcome>> harvest,
      int downloadsToAwait) {
    this.client = client;
    this.downloads = new CountDownLatch(downloadsToAwait);
    HarvestListener listener =
        event -> {
          events.add(event);
          if (event instanceof HarvestEvent.ImageFetched fetched
              && fetched.image().origin() == FetchedImage.Origin.DOWNLOADED) {
            downloads.countDown();
          }
        };
    this.result =
        harvest
            .apply(listener)
            .collectList()
            .doOnTerminate(() -> endNanos = System.nanoTime())
            .toFuture();
  }

  /**
   * Subscribes to a harvest.
   *
   * @param harvest the harvest, given the listener to pass to the client
   * @param downloadsToAwait how many downloaded images {@link #awaitDownloads} waits for
   */
  public static HarvestInProgress start(
      NeuroVaultClient client,
      Function<HarvestListener, Flux<ImageOutcome>> harvest,
      int downloadsToAwait) {
    return new HarvestInProgress(client, harvest, downloadsToAwait);
  }

  /**
   * Waits until the client reported as many downloaded images as asked at start.
   *
   * @throws AssertionError if they do not arrive in time
   */
  public void awaitDownloads(Duration timeout) {
    try {
      if (!downloads.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new AssertionError(
            "only "
                + (events.stream().filter(HarvestEvent.ImageFetched.class::isInstance).count())
                + " images fetched after "
                + timeout);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  /** Whether the harvest has ended. */
  public boolean isDone() {
    return result.isDone();
  }

  /**
   * Waits for the end of the harvest, then closes the client so that every event is delivered.
   *
   * @throws AssertionError if the harvest ends with an error or not in time
   */
  public HarvestRun finish(Duration timeout) {
    try {
      List<ImageOutcome> outcomes = result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      client.close();
      return new HarvestRun(outcomes, events, Duration.ofNanos(endNanos - startNanos));
    } catch (ExecutionException e) {
      client.close();
      throw new AssertionError("the harvest stopped with an error: " + e.getCause(), e.getCause());
    } catch (TimeoutException e) {
      result.cancel(true);
      client.close();
      throw new AssertionError("the harvest did not end within " + timeout, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      client.close();
      throw new AssertionError("interrupted", e);
    }
  }
}
