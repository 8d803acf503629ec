package io.github.nvfetch.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** DRF LimitOffsetPagination exactly: envelope, limits, links with sorted keys, edges. */
class PaginationTest {

  private static ReplicaServer server;
  private static String base;

  @BeforeAll
  static void start() {
    server =
        ReplicaServer.builder()
            .corpus(CorpusSpec.builder().seed(3).collections(250).images(900).build())
            .start();
    base = server.baseUrl();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @Test
  void envelopeHasCountNextPreviousResultsInOrderAndDrfContentType() {
    HttpResponse<byte[]> r = Http.get(base + "/api/collections/?limit=2");
    assertEquals(200, r.statusCode());
    assertEquals(
        "application/json; charset=utf-8", r.headers().firstValue("Content-Type").orElseThrow());
    JsonNode page = Http.json(r);
    assertEquals(List.of("count", "next", "previous", "results"), Samples.keys(page));
    assertEquals(server.corpus().collectionCount(), page.get("count").asInt());
    String body = new String(r.body());
    assertTrue(
        body.startsWith("{\"count\":" + page.get("count").asInt() + ",\"next\":\""),
        "compact JSON");
  }

  @ParameterizedTest
  @ValueSource(strings = {"7", "1", "1000", "0", "-3", "abc", "5000", "+13", " 9"})
  void pagingTheImageListByOffsetSeesEveryIdOnce(String limit) {
    int effective =
        switch (limit) {
          case "7" -> 7;
          case "1" -> 1;
          case "1000", "5000" -> 1000;
          case "+13" -> 13;
          case " 9" -> 9;
          default -> 100;
        };
    List<Long> seen = new ArrayList<>();
    long count = -1;
    for (long offset = 0; count < 0 || offset < count; offset += effective) {
      JsonNode page =
          Http.getJson(
              base
                  + "/api/images/?limit="
                  + limit.replace(" ", "%20").replace("+", "%2B")
                  + "&offset="
                  + offset);
      count = page.get("count").asLong();
      assertTrue(page.get("results").size() <= effective);
      page.get("results").forEach(r -> seen.add(r.get("id").asLong()));
    }
    assertArrayEquals(
        server.corpus().imageIds().toArray(), seen.stream().mapToLong(Long::longValue).toArray());
  }

  @Test
  void followingNextThroughCollectionsAndTheirImagesSeesEverythingOnce() {
    List<Long> collections = new ArrayList<>();
    Set<Long> images = new TreeSet<>();
    String url = base + "/api/collections/?limit=7";
    while (url != null) {
      JsonNode page = Http.getJson(url);
      for (JsonNode c : page.get("results")) {
        collections.add(c.get("id").asLong());
        String imagesUrl = base + "/api/collections/" + c.get("id").asLong() + "/images/?limit=3";
        while (imagesUrl != null) {
          JsonNode imagesPage = Http.getJson(imagesUrl);
          imagesPage.get("results").forEach(i -> assertTrue(images.add(i.get("id").asLong())));
          imagesUrl = imagesPage.get("next").isNull() ? null : imagesPage.get("next").asText();
        }
      }
      url = page.get("next").isNull() ? null : page.get("next").asText();
    }
    assertEquals(server.corpus().collectionIds().boxed().toList(), collections);
    assertEquals(server.corpus().imageCount(), images.size());
  }

  @Test
  void linksAreAbsoluteWithSortedKeysAndOffsetDroppedAtZero() {
    JsonNode first = Http.getJson(base + "/api/collections/?limit=2");
    assertEquals(base + "/api/collections/?limit=2&offset=2", first.get("next").asText());
    assertTrue(first.get("previous").isNull());

    JsonNode second = Http.getJson(base + "/api/collections/?offset=100&format=json");
    assertEquals(
        base + "/api/collections/?format=json&limit=100&offset=200", second.get("next").asText());
    assertEquals(base + "/api/collections/?format=json&limit=100", second.get("previous").asText());

    JsonNode middle = Http.getJson(base + "/api/images/?offset=15&limit=10");
    assertEquals(base + "/api/images/?limit=10&offset=5", middle.get("previous").asText());
    assertEquals(base + "/api/images/?limit=10&offset=25", middle.get("next").asText());

    JsonNode other = Http.getJson(base + "/api/images/?zeta=1&limit=2&alpha=x%20y&offset=1");
    assertEquals(
        base + "/api/images/?alpha=x+y&limit=2&offset=3&zeta=1", other.get("next").asText());
    assertEquals(base + "/api/images/?alpha=x+y&limit=2&zeta=1", other.get("previous").asText());

    JsonNode capped = Http.getJson(base + "/api/images/?limit=5000&offset=1");
    assertEquals(base + "/api/images/?limit=1000", capped.get("previous").asText());
    assertEquals(Math.min(1000, server.corpus().imageCount() - 1), capped.get("results").size());
  }

  /**
   * The recorded pages' links, asked for again from the replica: the samples' host (rewritten to
   * {@link #SAMPLE_HOST} when copied) becomes the replica's, the rest must match exactly.
   */
  @Test
  void linksHaveTheFormOfTheRecordedPages() {
    JsonNode listPage = Samples.load("collections_list_page.reconstructed.json");
    JsonNode listed = Http.getJson(base + "/api/collections/?offset=2&limit=1&format=json");
    assertEquals(Samples.keys(listPage), Samples.keys(listed));
    assertEquals(onReplica(listPage.get("next")), listed.get("next").asText());
    assertEquals(onReplica(listPage.get("previous")), listed.get("previous").asText());

    JsonNode pastEnd = Samples.load("page_past_end.reconstructed.json");
    JsonNode beyond = Http.getJson(base + "/api/collections/?offset=100000");
    assertEquals(Samples.keys(pastEnd), Samples.keys(beyond));
    assertTrue(beyond.get("next").isNull());
    assertEquals(onReplica(pastEnd.get("previous")), beyond.get("previous").asText());
  }

  private static final String SAMPLE_HOST = "http://127.0.0.1:8000";

  private static String onReplica(JsonNode sampleLink) {
    assertTrue(sampleLink.asText().startsWith(SAMPLE_HOST + "/api/"), sampleLink.asText());
    return base + sampleLink.asText().substring(SAMPLE_HOST.length());
  }

  @Test
  void pastTheEndResultsAreEmptyNextIsNullPreviousIsStillBuilt() {
    JsonNode page = Http.getJson(base + "/api/collections/?offset=99999");
    assertEquals(server.corpus().collectionCount(), page.get("count").asInt());
    assertEquals(0, page.get("results").size());
    assertTrue(page.get("next").isNull());
    assertEquals(base + "/api/collections/?limit=100&offset=99899", page.get("previous").asText());

    JsonNode badOffset = Http.getJson(base + "/api/collections/?offset=-4&limit=3");
    assertTrue(badOffset.get("previous").isNull());
    assertEquals(server.corpus().collectionIds().limit(3).boxed().toList(), ids(badOffset));
  }

  @Test
  void exactlyAtTheEndNextIsNull() {
    long count = server.corpus().imageCount();
    JsonNode last = Http.getJson(base + "/api/images/?limit=10&offset=" + (count - 10));
    assertTrue(last.get("next").isNull());
    assertEquals(10, last.get("results").size());
  }

  private static List<Long> ids(JsonNode page) {
    List<Long> ids = new ArrayList<>();
    page.get("results").forEach(r -> ids.add(r.get("id").asLong()));
    return ids;
  }
}
