package io.github.nvfetch.cli;

import io.github.nvfetch.reactor.NeuroVaultClient;
import io.github.nvfetch.reactor.RetrySettings;
import io.github.nvfetch.testkit.CorpusSpec;
import io.github.nvfetch.testkit.ReplicaServer;
import io.github.nvfetch.testkit.junit.ReplicaExtension;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * The testkit's replica extension with the flags that aim nvfetch at it and an SDK client. As a
 * JUnit extension ({@code @RegisterExtension static final TestReplica replica = new
 * TestReplica();}) it runs for the whole test class.
 */
final class TestReplica extends ReplicaExtension {

  /** A small corpus: quick to harvest, with a few missing files. */
  static final CorpusSpec CORPUS =
      CorpusSpec.builder()
          .seed(11)
          .collections(8)
          .images(120)
          .privateCollectionRate(0)
          .missingFileRate(0.05)
          .build();

  TestReplica() {
    super(ReplicaServer.builder().corpus(CORPUS).port(0));
  }

  /** A started replica, outside of an extension. */
  static TestReplica started() {
    TestReplica replica = new TestReplica();
    replica.start();
    return replica;
  }

  /** The arguments of a command followed by the flags that aim it at this replica. */
  String[] args(String... command) {
    return Stream.concat(
            Stream.of(command),
            Stream.of(
                "--base-url",
                server().baseUrl(),
                "--neurosynth-url",
                server().neurosynthUrl(),
                "--rate",
                "200"))
        .toArray(String[]::new);
  }

  /** A client of the SDK aimed at this replica. */
  NeuroVaultClient client() {
    return NeuroVaultClient.builder()
        .baseUrl(server().baseUrl())
        .neurosynthUrl(server().neurosynthUrl())
        .requestsPerSecond(200)
        .retry(RetrySettings.builder().initialBackoff(Duration.ofMillis(20)).build())
        .build();
  }
}
