package io.github.nvfetch.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The replica's JSON-level hostility, seen on the wire. */
class HostilityTest {

  private static ReplicaServer server;
  private static long collection;
  private static long image;

  @BeforeAll
  static void start() {
    server =
        ReplicaServer.builder()
            .corpus(CorpusSpec.builder().seed(3).collections(4).images(60).build())
            .start();
    collection =
        server
            .corpus()
            .collectionIds()
            .filter(c -> server.corpus().imageIds(c).count() >= 4)
            .findFirst()
            .getAsLong();
    image = server.corpus().imageIds(collection).findFirst().getAsLong();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void reset() {
    server.setHostility(Hostility.none());
  }

  private static String list(String query) {
    return server.baseUrl() + Hostility.collectionImages(collection) + query;
  }

  @Test
  void rawValuesAreWrittenAsGivenInListsAndDetail() {
    server.setHostility(Hostility.builder().imageField(image, "file_size", "1e400").build());

    String page = new String(Http.get(list("?limit=2&offset=0")).body(), StandardCharsets.UTF_8);
    String detail =
        new String(
            Http.get(server.baseUrl() + "/api/images/" + image + "/").body(),
            StandardCharsets.UTF_8);

    assertTrue(page.contains("\"file_size\":1e400"), page);
    assertTrue(detail.contains("\"file_size\":1e400"), detail);
  }

  @Test
  void nextLinksLoopAsAsked() {
    server.setHostility(
        Hostility.builder().selfNext(Hostility.collectionImages(collection)).build());
    JsonNode self = Http.getJson(list("?limit=2&offset=2"));
    assertTrue(self.get("next").asText().endsWith("?limit=2&offset=2"), self.toString());

    server.setHostility(
        Hostility.builder().nextBackToFirst(Hostility.collectionImages(collection)).build());
    JsonNode back = Http.getJson(list("?limit=2&offset=2"));
    assertTrue(back.get("next").asText().endsWith("?limit=2&offset=0"), back.toString());
  }

  @Test
  void emptyPagesKeepTheirCountAndNext() {
    server.setHostility(
        Hostility.builder().emptyPageFrom(Hostility.collectionImages(collection), 2).build());

    JsonNode first = Http.getJson(list("?limit=2&offset=0"));
    JsonNode later = Http.getJson(list("?limit=2&offset=2"));

    assertEquals(2, first.get("results").size());
    assertEquals(0, later.get("results").size());
    assertEquals(first.get("count"), later.get("count"));
  }

  @Test
  void headersAndBodiesGrowAsAsked() {
    server.setHostility(
        Hostility.builder()
            .hugeHeader(Hostility.collectionImages(collection), 9 * 1024)
            .hugeBody(Hostility.collectionImages(collection), 100_000)
            .build());

    HttpResponse<byte[]> response = Http.get(list("?limit=2&offset=0"));

    assertEquals(9 * 1024, response.headers().firstValue("X-Hostile-Padding").orElse("").length());
    assertTrue(response.body().length > 100_000);
    assertEquals(2, Http.json(response.body()).get("results").size(), "still valid JSON");
  }

  @Test
  void onlyTheNamedListIsTouched() {
    server.setHostility(
        Hostility.builder().countValue(Hostility.COLLECTION_LIST, "\"many\"").build());

    assertTrue(Http.getJson(list("?limit=2&offset=0")).get("count").isIntegralNumber());
    assertEquals(
        "many", Http.getJson(server.baseUrl() + Hostility.COLLECTION_LIST).get("count").asText());
  }

  @Test
  void theBuilderRejectsWhatIsNotAList() {
    assertThrows(
        IllegalArgumentException.class, () -> Hostility.builder().selfNext("/api/collections"));
    assertThrows(
        IllegalArgumentException.class, () -> Hostility.builder().imageField(0, "id", "1"));
    assertThrows(
        NullPointerException.class,
        () -> Hostility.builder().countValue(Hostility.IMAGE_LIST, null));
  }
}
