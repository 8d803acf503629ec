package io.github.nvfetch.cli;

import io.github.nvfetch.reactor.NeuroVaultClient;
import io.github.nvfetch.reactor.RetrySettings;
import io.github.nvfetch.testkit.CorpusSpec;
import io.github.nvfetch.testkit.LoggedRequest;
import io.github.nvfetch.testkit.ReplicaServer;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A replica on loopback for the command line tests, and the flags that aim nvfetch at it. As a
 * JUnit extension ({@code @RegisterExtension static final TestReplica replica = new
 * TestReplica();}) it runs for the whole test class.
 */
final class TestReplica implements AutoCloseable, BeforeAllCallback, AfterAllCallback {

  /** A small corpus: quick to harvest, with a few missing files. */
  static final CorpusSpec CORPUS = CorpusSpec.builder().seed(11).collections(8).images(120)
      .privateCollectionRate(0).missingFileRate(0.05).build();

  ReplicaServer server;

  @Override
  public void beforeAll(ExtensionContext context) {
    server = ReplicaServer.builder().corpus(CORPUS).port(0).start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }

  /** A started replica, outside of an extension. */
  static TestReplica start() {
    TestReplica replica = new TestReplica();
    replica.beforeAll(null);
    return replica;
  }

  /** The arguments of a command followed by the flags that aim it at this replica. */
  String[] args(String... command) {
    return Stream.concat(Stream.of(command), Stream.of("--base-url", server.baseUrl(),
        "--neurosynth-url", server.neurosynthUrl(), "--rate", "200")).toArray(String[]::new);
  }

  /** A client of the SDK aimed at this replica. */
  NeuroVaultClient client() {
    return NeuroVaultClient.builder().baseUrl(server.baseUrl())
        .neurosynthUrl(server.neurosynthUrl()).requestsPerSecond(200)
        .retry(RetrySettings.builder().initialBackoff(Duration.ofMillis(20)).build()).build();
  }

  /** The requests the replica logged, once idle. */
  List<LoggedRequest> requests() {
    server.awaitIdle(Duration.ofSeconds(10));
    return server.requestLog();
  }

  @Override
  public void close() {
    server.close();
  }
}
