package io.github.nvfetch.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code /_replica/stats}, its reset, the Java snapshot and the request log. */
class StatsTest {

  private static ReplicaServer server;
  private static String base;

  @BeforeAll
  static void start() {
    server =
        ReplicaServer.builder()
            .corpus(CorpusSpec.builder().seed(1).collections(10).images(50).build())
            .requestLogCapacity(5)
            .start();
    base = server.baseUrl();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @BeforeEach
  void reset() {
    assertTrue(server.awaitIdle(Duration.ofSeconds(10)));
    server.resetStats();
  }

  @Test
  void statsCountRoutesStatusesBytesAndPeaksButNotThemselves() {
    long image = server.corpus().imageIds().findFirst().orElseThrow();
    Http.get(base + "/api/images/?limit=3");
    Http.get(base + "/api/images/" + image);
    Http.get(base + "/nowhere");
    byte[] file = Http.get(base + server.corpus().filePath(image)).body();
    Http.all(
        IntStream.range(0, 8)
            .mapToObj(i -> Http.getAsync(base + "/api/collections/?offset=" + i))
            .toList());
    assertTrue(server.awaitIdle(Duration.ofSeconds(10)));

    JsonNode stats = Http.getJson(base + "/_replica/stats");
    for (String key :
        List.of(
            "requests_by_route",
            "requests_by_status",
            "peak_connections",
            "peak_in_flight",
            "peak_requests_per_second",
            "limiter_rejections",
            "bytes_sent",
            "requests_total")) {
      assertTrue(stats.has(key), key);
    }
    assertEquals(12, stats.get("requests_total").asInt());
    assertEquals(8, stats.get("requests_by_route").get("collection_list").asInt());
    assertEquals(1, stats.get("requests_by_route").get("image_list").asInt());
    assertEquals(1, stats.get("requests_by_route").get("redirect").asInt());
    assertEquals(1, stats.get("requests_by_route").get("unmatched").asInt());
    assertEquals(1, stats.get("requests_by_route").get("media_file").asInt());
    assertEquals(10, stats.get("requests_by_status").get("200").asInt());
    assertEquals(1, stats.get("requests_by_status").get("301").asInt());
    assertEquals(1, stats.get("requests_by_status").get("404").asInt());
    assertTrue(stats.get("peak_requests_per_second").asInt() >= 8);
    assertTrue(stats.get("peak_connections").asInt() >= 2);
    assertTrue(stats.get("peak_in_flight").asInt() >= 1);
    assertTrue(stats.get("bytes_sent").asLong() > file.length);
    assertEquals(0, stats.get("limiter_rejections").asInt());

    ReplicaStats snapshot = server.stats();
    assertEquals(12, snapshot.requestsTotal());
    assertEquals(8, snapshot.requestsTo(ReplicaRoute.COLLECTION_LIST));
    assertEquals(stats.get("bytes_sent").asLong(), snapshot.bytesSent());
  }

  @Test
  void postResetZeroesTheCounters() throws Exception {
    Http.get(base + "/api/collections/");
    assertTrue(server.awaitIdle(Duration.ofSeconds(10)));
    JsonNode after =
        Http.json(
            Http.send(
                HttpRequest.newBuilder(URI.create(base + "/_replica/stats/reset"))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build()));
    assertEquals(0, after.get("requests_total").asInt());
    assertEquals(0, after.get("requests_by_route").size());
    assertEquals(0, server.stats().requestsTotal());
    assertEquals(0, server.requestLog().size());
  }

  @Test
  void theRequestLogKeepsTheLatestRequestsWithTheirDetails() {
    for (int i = 0; i < 7; i++) {
      Http.get(base + "/api/images/?limit=1&offset=" + i);
    }
    assertTrue(server.awaitIdle(Duration.ofSeconds(10)));
    List<LoggedRequest> log = server.requestLog();
    assertEquals(5, log.size(), "bounded by the capacity");
    LoggedRequest last = log.get(4);
    assertEquals("GET", last.method());
    assertEquals("/api/images/?limit=1&offset=6", last.pathAndQuery());
    assertEquals("image_list", last.route());
    assertEquals(200, last.status());
    assertTrue(last.bytesSent() > 100);
    assertEquals("127.0.0.1", last.clientAddress());
    assertTrue(!last.duration().isNegative() && last.start() != null);
    assertEquals("/api/images/?limit=1&offset=2", log.get(0).pathAndQuery());
  }
}
