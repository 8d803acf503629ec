package io.github.nvfetch.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Neurosynth decode: jsonify shape, both routes with and without slash, error shape, faults. */
class NeurosynthTest {

  private static ReplicaServer server;
  private static String base;
  private static Corpus corpus;
  private static long imageId;

  @BeforeAll
  static void start() {
    server =
        ReplicaServer.builder()
            .corpus(
                CorpusSpec.builder()
                    .seed(21)
                    .collections(30)
                    .images(300)
                    .privateCollectionRate(0.1)
                    .build())
            .start();
    base = server.baseUrl();
    corpus = server.corpus();
    imageId = corpus.imageIds().filter(i -> !corpus.words(i).isEmpty()).findFirst().orElseThrow();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @Test
  void allFourRoutesAnswerTheSameSortedCompactDecoding() {
    List<String> bodies = new ArrayList<>();
    for (String path :
        List.of("/api/v2/decode/", "/api/v2/decode", "/api/decode/", "/api/decode")) {
      HttpResponse<byte[]> r = Http.get(base + path + "?neurovault=" + imageId);
      assertEquals(200, r.statusCode());
      assertEquals("application/json", r.headers().firstValue("Content-Type").orElseThrow());
      bodies.add(new String(r.body()));
    }
    assertEquals(1, bodies.stream().distinct().count());
    JsonNode data = Http.json(bodies.get(0).getBytes()).get("data");
    JsonNode sample = Samples.load("neurosynth_decode_ok.reconstructed.json").get("data");
    assertEquals(Samples.keys(sample), Samples.keys(data));
    assertEquals(Long.toString(imageId), data.get("neurovault_id").asText());
    assertEquals(base + corpus.filePath(imageId), data.get("url").asText());
    List<String> terms = Samples.keys(data.get("values"));
    assertEquals(terms.stream().sorted().toList(), terms);
    Map<String, Double> words = corpus.words(imageId);
    assertEquals(words.keySet().stream().toList(), terms);
    words.forEach((term, r) -> assertEquals(r, data.get("values").get(term).asDouble()));
    assertTrue(words.values().stream().anyMatch(r -> r < 0));
    assertTrue(bodies.get(0).startsWith("{\"data\":{\"comments\":null,\"id\":"));
  }

  @Test
  void theNeurosynthUrlOfTheServerWorksWithNilearnsUrlJoin() {
    assertEquals(200, Http.get(server.neurosynthUrl() + "?neurovault=" + imageId).statusCode());
  }

  @Test
  void unknownAndPrivateImagesAnswerTheErrorShape() {
    HttpResponse<byte[]> unknown = Http.get(base + "/api/decode/?neurovault=1");
    assertEquals(404, unknown.statusCode());
    assertEquals(
        Samples.load("neurosynth_decode_error_404.reconstructed.json"), Http.json(unknown));
    long privateCollection =
        corpus
            .allCollectionIds()
            .filter(c -> corpus.isPrivate(c) && corpus.imageIds(c).count() > 0)
            .findFirst()
            .orElseThrow();
    long privateImage = corpus.imageIds(privateCollection).findFirst().orElseThrow();
    assertEquals(404, Http.get(base + "/api/decode/?neurovault=" + privateImage).statusCode());
    String token = corpus.privateToken(privateCollection).orElseThrow();
    assertEquals(
        200, Http.get(base + "/api/decode/?neurovault=" + token + "-" + privateImage).statusCode());
    assertEquals(400, Http.get(base + "/api/decode/").statusCode());
  }

  @Test
  void atlasesDecodeToNoWords() {
    Corpus big =
        Corpus.generate(CorpusSpec.builder().seed(21).collections(40).images(1500).build());
    long atlas =
        big.imageIds()
            .filter(i -> big.imageJson(i).get("image_type").asText().equals("atlas"))
            .findFirst()
            .orElseThrow();
    assertTrue(big.words(atlas).isEmpty());
  }
}
