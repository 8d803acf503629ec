package io.github.nvfetch.testkit.junit;

import io.github.nvfetch.core.store.LocalStore;
import io.github.nvfetch.testkit.Corpus;
import io.github.nvfetch.testkit.CorpusSpec;
import io.github.nvfetch.testkit.Faults;
import io.github.nvfetch.testkit.LoggedRequest;
import io.github.nvfetch.testkit.ReplicaRoute;
import io.github.nvfetch.testkit.ReplicaServer;
import io.github.nvfetch.testkit.ReplicaStats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A replica on loopback for a JUnit 5 test class, and the checks of what a harvest from it left on
 * disk.
 *
 * <p>Registered as {@code @RegisterExtension static final ReplicaExtension replica =
 * ReplicaExtension.of(spec);} it starts before the class's first test and stops after its last;
 * {@link #start()} runs one outside of JUnit's lifecycle (close it, e.g. with try-with-resources).
 * Statistics and request logs are read once the responses in flight are accounted for. Test
 * harnesses that add a client of their own extend this class.
 */
public class ReplicaExtension implements BeforeAllCallback, AfterAllCallback, AutoCloseable {

  private static final Duration IDLE_WAIT = Duration.ofSeconds(10);

  private final ReplicaServer.Builder builder;
  private @Nullable ReplicaServer server;

  /**
   * A replica that {@link #beforeAll} or {@link #start()} will start from {@code builder}.
   *
   * @param builder the replica's configuration
   */
  protected ReplicaExtension(ReplicaServer.Builder builder) {
    this.builder = Objects.requireNonNull(builder, "builder");
  }

  /**
   * A replica serving the corpus of {@code spec} without faults, on a free port.
   *
   * @param spec the corpus
   * @return an extension, not started yet
   */
  public static ReplicaExtension of(CorpusSpec spec) {
    return of(spec, Faults.none());
  }

  /**
   * A replica serving the corpus of {@code spec} with {@code faults}, on a free port.
   *
   * @param spec the corpus
   * @param faults the faults to inject
   * @return an extension, not started yet
   */
  public static ReplicaExtension of(CorpusSpec spec, Faults faults) {
    return new ReplicaExtension(ReplicaServer.builder().corpus(spec).faults(faults).port(0));
  }

  /**
   * Starts the replica now, if it is not running yet.
   *
   * @return this extension
   */
  public final synchronized ReplicaExtension start() {
    if (server == null) {
      server = builder.start();
    }
    return this;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }

  /**
   * The running replica.
   *
   * @return the server
   * @throws IllegalStateException before the replica was started
   */
  public final synchronized ReplicaServer server() {
    ReplicaServer running = server;
    if (running == null) {
      throw new IllegalStateException(
          "the replica is not started: register the extension" + " or call start()");
    }
    return running;
  }

  /**
   * The corpus the replica serves.
   *
   * @return the corpus
   */
  public final Corpus corpus() {
    return server().corpus();
  }

  /**
   * What the replica counted, once the responses in flight are accounted for.
   *
   * @return the statistics
   */
  public final ReplicaStats stats() {
    server().awaitIdle(IDLE_WAIT);
    return server().stats();
  }

  /** Zeroes the replica's counters once the requests of earlier runs have been answered. */
  public final void resetStats() {
    server().awaitIdle(IDLE_WAIT);
    server().resetStats();
  }

  /**
   * Every request the replica logged, once the responses in flight are logged.
   *
   * @return the requests, in arrival order
   */
  public final List<LoggedRequest> requests() {
    server().awaitIdle(IDLE_WAIT);
    return server().requestLog();
  }

  /**
   * The requests the replica logged on one route, once the responses in flight are logged.
   *
   * @param route the route
   * @return the requests, in arrival order
   */
  public final List<LoggedRequest> requests(ReplicaRoute route) {
    return requests().stream()
        .filter(r -> r.route().equals(route.wireName()))
        .collect(Collectors.toList());
  }

  /**
   * Asserts that each image's file is in the store under {@code dataDir}, byte for byte what the
   * replica serves for it, with its metadata file beside it.
   *
   * @param dataDir the data directory of a harvest
   * @param imageIds the images that must be stored
   * @throws AssertionError naming the first image that is missing or differs
   */
  public final void assertStoredIdentical(Path dataDir, Collection<Long> imageIds) {
    LocalStore store = LocalStore.at(dataDir);
    for (long id : imageIds) {
      Path file = store.imageFile(corpus().collectionOf(id), id);
      if (!Arrays.equals(corpus().fileBytes(id), readOrNull(file))) {
        throw new AssertionError(
            "image "
                + id
                + ": "
                + file
                + (Files.isRegularFile(file)
                    ? " differs from what the replica serves"
                    : " is not on disk"));
      }
      Path metadata = file.resolveSibling("image_" + id + "_metadata.json");
      if (!Files.isRegularFile(metadata)) {
        throw new AssertionError("image " + id + ": no metadata file " + metadata);
      }
    }
  }

  /**
   * Asserts that no partial or temporary file is left under {@code dataDir}.
   *
   * @param dataDir the data directory of a harvest
   * @throws AssertionError listing the leftovers
   */
  public final void assertNoLeftovers(Path dataDir) {
    List<Path> leftovers = StoreContents.leftovers(dataDir);
    if (!leftovers.isEmpty()) {
      throw new AssertionError("partial files left behind: " + leftovers);
    }
  }

  private static byte @Nullable [] readOrNull(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      return null;
    }
  }

  /** Stops the replica, if it runs; a closed extension can be started again. */
  @Override
  public synchronized void close() {
    ReplicaServer running = server;
    server = null;
    if (running != null) {
      running.close();
    }
  }
}
