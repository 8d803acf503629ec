package io.github.nvfetch.reactor.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.IdsRequest;
import io.github.nvfetch.reactor.HarvestAbortedException;
import io.github.nvfetch.reactor.NeuroVaultClient;
import io.github.nvfetch.reactor.RetrySettings;
import io.github.nvfetch.testkit.CorpusSpec;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.test.StepVerifier;

/** A server that does not answer is an explicit error, never a silently empty result. */
class OutageTest {

  @TempDir Path dataDir;

  private static NeuroVaultClient quickClient(Replica replica) {
    return replica
        .clientBuilder()
        .retry(
            RetrySettings.builder()
                .maxAttempts(3)
                .initialBackoff(Duration.ofMillis(10))
                .maxBackoff(Duration.ofMillis(50))
                .build())
        .build();
  }

  @Test
  void aDeadServerAbortsAFilteredHarvestWithAReason() {
    try (Replica replica = Replica.start(CorpusSpec.builder().collections(3).images(10).build());
        NeuroVaultClient client = quickClient(replica)) {
      replica.server.stop();

      StepVerifier.create(client.fetch(FetchRequest.builder().dataDir(dataDir).build()))
          .expectErrorSatisfies(
              e -> {
                assertTrue(e instanceof HarvestAbortedException, e.toString());
                assertTrue(e.getMessage().contains("the collection list"), e.getMessage());
              })
          .verify(Duration.ofMinutes(1));
    }
  }

  @Test
  void aDeadServerAbortsAHarvestOfImageIds() {
    try (Replica replica = Replica.start(CorpusSpec.builder().collections(3).images(10).build());
        NeuroVaultClient client = quickClient(replica)) {
      long image = replica.corpus.imageIds().findFirst().getAsLong();
      replica.server.stop();

      StepVerifier.create(
              client.fetchIds(IdsRequest.builder().imageIds(image).dataDir(dataDir).build()))
          .expectErrorSatisfies(
              e -> {
                assertTrue(e instanceof HarvestAbortedException, e.toString());
                assertTrue(e.getMessage().contains("image " + image), e.getMessage());
              })
          .verify(Duration.ofMinutes(1));
    }
  }

  @Test
  void aDeadServerAbortsAHarvestByIds() {
    try (Replica replica = Replica.start(CorpusSpec.builder().collections(3).images(10).build());
        NeuroVaultClient client = quickClient(replica)) {
      long collection = replica.corpus.collectionIds().findFirst().getAsLong();
      replica.server.stop();

      StepVerifier.create(
              client.fetchIds(
                  IdsRequest.builder().collectionIds(collection).dataDir(dataDir).build()))
          .expectErrorSatisfies(
              e -> {
                assertTrue(e instanceof HarvestAbortedException, e.toString());
                assertTrue(e.getMessage().contains("collection " + collection), e.getMessage());
              })
          .verify(Duration.ofMinutes(1));
    }
  }
}
