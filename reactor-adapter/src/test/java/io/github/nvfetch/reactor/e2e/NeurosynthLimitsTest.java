package io.github.nvfetch.reactor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.reactor.NeuroVaultClient;
import io.github.nvfetch.testkit.CorpusSpec;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** Neurosynth's 413 (a file over its 4 MB limit) is final: no words, one request, no retry. */
class NeurosynthLimitsTest {

  @Test
  void a413IsNoWordsAskedOnce() {
    try (Replica replica =
            Replica.start(
                CorpusSpec.builder()
                    .seed(3)
                    .collections(4)
                    .images(30)
                    .hostileRecords(true)
                    .build());
        NeuroVaultClient client = replica.client()) {
      long huge =
          replica
              .corpus
              .imageIds()
              .filter(
                  id ->
                      replica
                          .corpus
                          .imageJson(id)
                          .path("file")
                          .asText()
                          .endsWith("huge_content_length.nii.gz"))
              .findFirst()
              .orElseThrow();

      StepVerifier.create(client.neurosynthWords(huge))
          .expectComplete()
          .verify(Duration.ofSeconds(30));
      StepVerifier.create(client.neurosynthWords(huge))
          .expectComplete()
          .verify(Duration.ofSeconds(30));

      replica.server.awaitIdle(Duration.ofSeconds(10));
      long decodes =
          replica.server.requestLog().stream()
              .filter(r -> r.pathAndQuery().contains("neurovault=" + huge))
              .count();
      assertEquals(1, decodes, "413 is neither retried nor asked again");
      assertTrue(
          replica.server.requestLog().stream()
              .anyMatch(r -> r.pathAndQuery().contains("neurovault=" + huge) && r.status() == 413));
    }
  }
}
