package io.github.nvfetch.bench.reliability;

import io.github.nvfetch.reactor.NeuroVaultClient;
import io.github.nvfetch.reactor.NeuroVaultClientBuilder;
import io.github.nvfetch.reactor.RetrySettings;
import io.github.nvfetch.testkit.Corpus;
import io.github.nvfetch.testkit.CorpusSpec;
import io.github.nvfetch.testkit.Faults;
import io.github.nvfetch.testkit.LoggedRequest;
import io.github.nvfetch.testkit.ReplicaRoute;
import io.github.nvfetch.testkit.ReplicaServer;
import io.github.nvfetch.testkit.ReplicaStats;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The in-process replica of a reliability test: on loopback, on one port for its whole life, so
 * that it can be killed and started again (same port, same corpus, same faults) under a running
 * harvest. Its figures and request log cover every life since the last {@link #resetFigures()}.
 */
public final class RestartableReplica implements AutoCloseable {

  /** Retries generous enough to outlive a server restart: 30 attempts, 50 ms doubling to 1 s. */
  public static final RetrySettings GENEROUS_RETRY =
      RetrySettings.builder()
          .maxAttempts(30)
          .initialBackoff(Duration.ofMillis(50))
          .maxBackoff(Duration.ofSeconds(1))
          .maxRetryAfter(Duration.ofSeconds(5))
          .build();

  private static final Duration IDLE_WAIT = Duration.ofSeconds(30);

  private final CorpusSpec spec;
  private final int port;
  private final Map<String, Long> imageByFilePath = new HashMap<>();
  private ReplicaServer server;
  private final List<ReplicaStats> earlierLives = new ArrayList<>();
  private final List<LoggedRequest> earlierLog = new ArrayList<>();
  private int kills;

  private RestartableReplica(ReplicaServer server) {
    this.spec = server.corpus().spec();
    this.port = server.port();
    this.server = server;
    Corpus corpus = server.corpus();
    corpus
        .allCollectionIds()
        .forEach(
            c -> corpus.imageIds(c).forEach(id -> imageByFilePath.put(corpus.filePath(id), id)));
  }

  /** Starts a replica of {@code spec} with {@code faults} on a free loopback port. */
  public static RestartableReplica start(CorpusSpec spec, Faults faults) {
    return new RestartableReplica(ReplicaServer.builder().corpus(spec).faults(faults).start());
  }

  /** The NeuroVault base URL; the same across restarts. */
  public String baseUrl() {
    return server.baseUrl();
  }

  /** The corpus served (the same, generated again, across restarts). */
  public Corpus corpus() {
    return server.corpus();
  }

  /** The server of the current life. */
  public synchronized ReplicaServer server() {
    return server;
  }

  /**
   * A client builder aimed at this replica: high request rate (the faults, not the client, are
   * under test), generous retries and timeouts well above any injected latency.
   */
  public NeuroVaultClientBuilder clientBuilder() {
    return NeuroVaultClient.builder()
        .baseUrl(baseUrl())
        .neurosynthUrl(server().neurosynthUrl())
        .requestsPerSecond(1000)
        .connectTimeout(Duration.ofSeconds(5))
        .responseTimeout(Duration.ofSeconds(30))
        .fileTimeout(Duration.ofMinutes(1))
        .retry(GENEROUS_RETRY);
  }

  /** Switches the faults of the running server. */
  public synchronized void setFaults(Faults faults) {
    server.setFaults(faults);
  }

  /** Forgets every figure, log entry and kill so far (waiting for requests in flight first). */
  public synchronized void resetFigures() {
    server.awaitIdle(IDLE_WAIT);
    server.resetStats();
    earlierLives.clear();
    earlierLog.clear();
    kills = 0;
  }

  /**
   * Kills the server (requests in flight are cut) and starts a new one on the same port with the
   * same corpus and the faults in force.
   */
  public synchronized void killAndRestart() {
    Faults faults = server.faults();
    server.stop();
    earlierLives.add(server.stats());
    earlierLog.addAll(server.requestLog());
    kills++;
    server = ReplicaServer.builder().corpus(spec).faults(faults).port(port).start();
  }

  /** The figures of every life since the last reset, once the requests in flight are counted. */
  public synchronized ReplicaFigures figures() {
    server.awaitIdle(IDLE_WAIT);
    List<ReplicaStats> lives = new ArrayList<>(earlierLives);
    lives.add(server.stats());
    return ReplicaFigures.sum(lives, kills);
  }

  /** Every request logged since the last reset, oldest first, once those in flight are logged. */
  public synchronized List<LoggedRequest> requestLog() {
    server.awaitIdle(IDLE_WAIT);
    List<LoggedRequest> all = new ArrayList<>(earlierLog);
    all.addAll(server.requestLog());
    return all;
  }

  /** Ids of the images whose file was requested since the last reset. */
  public Set<Long> imagesRequested() {
    Set<Long> ids = new TreeSet<>();
    for (LoggedRequest r : requestLog()) {
      if (r.route().equals(ReplicaRoute.MEDIA_FILE.wireName())) {
        Long id = imageByFilePath.get(r.pathAndQuery());
        if (id != null) {
          ids.add(id);
        }
      }
    }
    return ids;
  }

  /** Media requests of the current life only. */
  public synchronized long mediaRequestsOfCurrentLife() {
    server.awaitIdle(IDLE_WAIT);
    return server.stats().requestsTo(ReplicaRoute.MEDIA_FILE);
  }

  @Override
  public synchronized void close() {
    server.stop();
  }
}
