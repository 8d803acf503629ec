package io.github.nvfetch.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.ServerSocket;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The same seed gives byte-identical answers, across servers and restarts on the same port. */
class DeterminismTest {

  private static final CorpusSpec SPEC =
      CorpusSpec.builder().seed(123).collections(25).images(250).build();

  @Test
  void twoServersWithTheSameSeedAnswerIdenticalBytes() {
    try (ReplicaServer a = ReplicaServer.builder().corpus(SPEC).start();
        ReplicaServer b = ReplicaServer.builder().corpus(SPEC).start()) {
      for (String path : paths(a.corpus())) {
        assertEquals(body(a, path), body(b, path), path);
      }
      long image = a.corpus().imageIds().skip(7).findFirst().orElseThrow();
      assertArrayEquals(
          Http.get(a.baseUrl() + a.corpus().filePath(image)).body(),
          Http.get(b.baseUrl() + b.corpus().filePath(image)).body());
    }
  }

  @Test
  void aDifferentSeedGivesADifferentCorpus() {
    Corpus one = Corpus.generate(SPEC);
    Corpus other = Corpus.generate(SPEC.toBuilder().seed(124).build());
    assertNotEquals(one.imageIds().boxed().toList(), other.imageIds().boxed().toList());
  }

  @Test
  void aServerRestartedOnTheSamePortAnswersTheSame() throws Exception {
    int port;
    try (ServerSocket probe = new ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    ReplicaServer first = ReplicaServer.builder().corpus(SPEC).port(port).start();
    String before = body(first, "/api/images/?limit=50&offset=20");
    first.stop();
    try (ReplicaServer second = ReplicaServer.builder().corpus(SPEC).port(port).start()) {
      assertEquals(port, second.port());
      assertEquals(before, body(second, "/api/images/?limit=50&offset=20"));
    }
  }

  private static List<String> paths(Corpus corpus) {
    long collection = corpus.collectionIds().skip(2).findFirst().orElseThrow();
    long image = corpus.imageIds().skip(11).findFirst().orElseThrow();
    return List.of(
        "/api/collections/?limit=1000",
        "/api/images/?limit=1000",
        "/api/collections/" + collection + "/",
        "/api/collections/" + collection + "/images/",
        "/api/images/" + image + "/",
        "/api/decode/?neurovault=" + image);
  }

  private static String body(ReplicaServer server, String path) {
    return new String(Http.get(server.baseUrl() + path).body()).replace(server.baseUrl(), "BASE");
  }
}
