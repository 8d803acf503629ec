package io.github.nvfetch.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every fault switch, observed from a real HTTP client. */
class FaultsTest {

  private static ReplicaServer server;
  private static String base;
  private static Corpus corpus;
  private static long fileImage;

  @BeforeAll
  static void start() {
    server =
        ReplicaServer.builder()
            .corpus(CorpusSpec.builder().seed(17).collections(40).images(400).build())
            .start();
    base = server.baseUrl();
    corpus = server.corpus();
    fileImage = corpus.imageIds().findFirst().orElseThrow();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @BeforeEach
  void clear() {
    server.setFaults(Faults.none());
    assertTrue(server.awaitIdle(java.time.Duration.ofSeconds(10)));
    server.resetStats();
  }

  @Test
  void theNginxLimiterAnswers503WithoutRetryAfterPastTheBurst() {
    server.setFaults(FaultProfile.named("nginx").faults());
    long start = System.nanoTime();
    List<HttpResponse<byte[]>> responses =
        Http.all(
            IntStream.range(0, 40)
                .mapToObj(i -> Http.getAsync(base + "/api/collections/?limit=1&offset=" + i))
                .toList());
    double seconds = (System.nanoTime() - start) / 1e9;
    List<HttpResponse<byte[]>> rejected =
        responses.stream().filter(r -> r.statusCode() == 503).toList();
    // nginx's bucket: 20 of burst plus the one in progress, refilled at 10/s while the requests
    // arrive; the bound follows the time they really took on this (shared, noisy) machine.
    long allowed = 21 + (long) Math.ceil(10 * seconds);
    long accepted = responses.stream().filter(r -> r.statusCode() == 200).count();
    assertTrue(accepted <= allowed, accepted + " accepted in " + seconds + " s");
    assertTrue(rejected.size() >= 40 - allowed, "503s: " + rejected.size());
    for (HttpResponse<byte[]> r : rejected) {
      assertTrue(r.headers().firstValue("Retry-After").isEmpty());
      assertTrue(new String(r.body()).contains("503 Service Temporarily Unavailable"));
    }
    assertTrue(server.awaitIdle(java.time.Duration.ofSeconds(10)));
    ReplicaStats stats = server.stats();
    assertEquals(rejected.size(), stats.limiterRejections());
    assertEquals(rejected.size(), stats.requestsWithStatus(503));
    assertEquals(40, stats.requestsTotal());
  }

  @Test
  void theInFlightLimitRejectsConcurrentRequestsBeyondIt() {
    server.setFaults(
        Faults.builder()
            .maxInFlightPerClient(5)
            .latency(RouteClass.API_PAGE, Latency.ofMillis(400, 0))
            .build());
    List<HttpResponse<byte[]>> responses =
        Http.all(
            IntStream.range(0, 20)
                .mapToObj(i -> Http.getAsync(base + "/api/images/?limit=1&offset=" + i))
                .toList());
    long rejected = responses.stream().filter(r -> r.statusCode() == 503).count();
    assertTrue(rejected >= 10 && rejected <= 15, "503s: " + rejected);
    assertTrue(server.awaitIdle(java.time.Duration.ofSeconds(10)));
    assertEquals(rejected, server.stats().inFlightRejections());
    assertEquals(0, server.stats().rateLimitRejections());
  }

  @Test
  void tooManyRequestsCarriesRetryAfterInBothForms() {
    server.setFaults(
        Faults.builder()
            .tooManyRequestsRate(1)
            .retryAfterSeconds(2)
            .retryAfterForm(RetryAfterForm.SECONDS)
            .build());
    HttpResponse<byte[]> seconds = Http.get(base + "/api/images/?limit=1");
    assertEquals(429, seconds.statusCode());
    assertEquals("2", seconds.headers().firstValue("Retry-After").orElseThrow());

    server.setFaults(
        Faults.builder()
            .tooManyRequestsRate(1)
            .retryAfterSeconds(2)
            .retryAfterForm(RetryAfterForm.HTTP_DATE)
            .build());
    String date =
        Http.get(base + corpus.filePath(fileImage))
            .headers()
            .firstValue("Retry-After")
            .orElseThrow();
    ZonedDateTime when = ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME);
    assertTrue(when.isAfter(ZonedDateTime.now().minusSeconds(2)), date);

    server.setFaults(Faults.builder().tooManyRequestsRate(1).build());
    Set<Boolean> numeric = new TreeSet<>();
    for (int i = 0; i < 20; i++) {
      numeric.add(
          Http.get(base + "/api/images/?offset=" + i)
              .headers()
              .firstValue("Retry-After")
              .orElseThrow()
              .matches("\\d+"));
    }
    assertEquals(Set.of(false, true), numeric);
  }

  @Test
  void randomServerErrorsMix500_502_504AtTheConfiguredRate() {
    server.setFaults(Faults.builder().serverErrorRate(1).build());
    Set<Integer> statuses = new TreeSet<>();
    for (int i = 0; i < 40; i++) {
      statuses.add(Http.get(base + "/api/images/?offset=" + i).statusCode());
    }
    assertEquals(Set.of(500, 502, 504), statuses);
    server.setFaults(Faults.builder().serverErrorRate(0.3).seed(4).build());
    long errors =
        IntStream.range(0, 300)
            .filter(i -> Http.get(base + "/api/images/?limit=1&offset=" + i).statusCode() >= 500)
            .count();
    assertTrue(errors > 60 && errors < 120, "errors " + errors);
  }

  @Test
  void drawsAreDeterministicPerPathAndAttemptAndRetriesGetFreshDraws() {
    Faults faults = Faults.builder().serverErrorRate(0.5).seed(99).build();
    List<Integer> first = statuses(faults);
    List<Integer> second = statuses(faults);
    assertEquals(first, second);
    List<Integer> sameUrl = first.subList(0, 12);
    assertTrue(
        sameUrl.contains(200) && sameUrl.stream().anyMatch(s -> s >= 500), sameUrl.toString());
  }

  @Test
  void aResetMidBodyBreaksTheDownloadWithAnIoError() {
    server.setFaults(Faults.builder().resetMidBodyRate(1).build());
    assertThrows(
        IOException.class, () -> Http.send(Http.request(base + corpus.filePath(fileImage))));
    assertTrue(server.awaitIdle(java.time.Duration.ofSeconds(10)));
    assertEquals(1L, server.stats().faultsInjected().get("reset_mid_body"));
    server.setFaults(Faults.none());
    assertEquals(200, Http.get(base + corpus.filePath(fileImage)).statusCode());
  }

  @Test
  void aShortBodyBreaksTheDownloadWithAnIoError() {
    server.setFaults(Faults.builder().shortBodyRate(1).build());
    assertThrows(
        IOException.class, () -> Http.send(Http.request(base + corpus.filePath(fileImage))));
    assertTrue(server.awaitIdle(java.time.Duration.ofSeconds(10)));
    assertTrue(
        server.requestLog().get(0).bytesSent() < corpus.fileBytes(fileImage).length,
        server.requestLog().toString());
    assertEquals(
        200, Http.get(base + "/api/images/?limit=2").statusCode(), "API pages are not cut");
  }

  @Test
  void malformedJsonIsA200WithATruncatedBody() {
    server.setFaults(Faults.builder().malformedJsonRate(1).build());
    for (String path :
        List.of(
            "/api/images/?limit=3", "/api/collections/" + corpus.collectionOf(fileImage) + "/")) {
      HttpResponse<byte[]> r = Http.get(base + path);
      assertEquals(200, r.statusCode());
      assertThrows(JsonProcessingException.class, () -> Http.JSON.readTree(r.body()));
    }
  }

  @Test
  void aPoisonRecordBreaksLargePagesOnly() {
    List<Long> ids = corpus.imageIds().boxed().toList();
    long poison = ids.get(55);
    server.setFaults(Faults.builder().poisonImage(poison).poisonPageThreshold(10).build());
    assertEquals(500, Http.get(base + "/api/images/?limit=100").statusCode());
    assertEquals(200, Http.get(base + "/api/images/?limit=10&offset=50").statusCode());
    assertEquals(200, Http.get(base + "/api/images/?limit=100&offset=56").statusCode());
    long cid = corpus.collectionOf(poison);
    assertEquals(
        500, Http.get(base + "/api/collections/" + cid + "/images/?limit=1000").statusCode());
    assertEquals(200, Http.get(base + "/api/images/" + poison + "/").statusCode());

    long poisonCollection = corpus.collectionIds().skip(3).findFirst().orElseThrow();
    server.setFaults(
        Faults.builder().poisonCollection(poisonCollection).poisonPageThreshold(5).build());
    assertEquals(500, Http.get(base + "/api/collections/").statusCode());
    assertEquals(200, Http.get(base + "/api/collections/?limit=5").statusCode());
    assertEquals(3L, server.stats().faultsInjected().get("poison_page"));
  }

  @Test
  void neurosynthCanBeDownOrMalformedWithoutTouchingNeuroVault() {
    String decode = server.neurosynthUrl() + "?neurovault=" + fileImage;
    server.setFaults(Faults.builder().neurosynthDown(true).build());
    assertEquals(502, Http.get(decode).statusCode());
    assertEquals(200, Http.get(base + "/api/images/?limit=1").statusCode());
    server.setFaults(Faults.builder().neurosynthMalformed(true).build());
    HttpResponse<byte[]> malformed = Http.get(decode);
    assertEquals(200, malformed.statusCode());
    assertThrows(JsonProcessingException.class, () -> Http.JSON.readTree(malformed.body()));
    server.setFaults(FaultProfile.NEUROSYNTH_DOWN.faults());
    assertEquals(502, Http.get(decode).statusCode());
  }

  @Test
  void latencyDelaysTheRouteClassItIsSetFor() {
    server.setFaults(
        Faults.builder().latency(RouteClass.API_PAGE, Latency.ofMillis(250, 0)).build());
    long start = System.nanoTime();
    assertEquals(200, Http.get(base + "/api/images/?limit=1").statusCode());
    assertTrue(System.nanoTime() - start >= 240_000_000L);
    assertTrue(server.awaitIdle(java.time.Duration.ofSeconds(10)));
    assertTrue(server.requestLog().get(0).duration().toMillis() >= 240);
    // Scale 0 cancels even a minute of latency: the bound is far from any machine's noise.
    server.setFaults(
        Faults.builder()
            .latency(RouteClass.API_PAGE, Latency.ofMillis(60_000, 0))
            .latencyScale(0)
            .build());
    long again = System.nanoTime();
    assertEquals(200, Http.get(base + "/api/images/?limit=1").statusCode());
    assertTrue(System.nanoTime() - again < 30_000_000_000L);
  }

  @Test
  void errorsCanBeRestrictedToRouteClasses() {
    server.setFaults(
        Faults.builder().serverErrorRate(1).errorRouteClasses(List.of(RouteClass.FILE)).build());
    assertEquals(200, Http.get(base + "/api/images/?limit=1").statusCode());
    assertTrue(Http.get(base + corpus.filePath(fileImage)).statusCode() >= 500);
  }

  @Test
  void profilesAndBuildersAreValidated() {
    Faults nginx = FaultProfile.named("nginx").faults();
    assertEquals(10, nginx.rateLimitPerSecond());
    assertEquals(20, nginx.rateLimitBurst());
    assertEquals(10, nginx.maxInFlightPerClient());
    Faults neurovault = FaultProfile.named("NeuroVault").faults();
    assertEquals(300, neurovault.latency(RouteClass.API_PAGE).base().toMillis());
    assertEquals(2000, neurovault.latency(RouteClass.FILE).base().toMillis());
    assertEquals(0.1, FaultProfile.named("flaky").faults().serverErrorRate());
    IllegalArgumentException unknown =
        assertThrows(IllegalArgumentException.class, () -> FaultProfile.named("bogus"));
    assertTrue(unknown.getMessage().contains("nginx"));
    assertThrows(
        IllegalArgumentException.class, () -> Faults.builder().serverErrorRate(1.5).build());
    assertThrows(IllegalArgumentException.class, () -> Faults.builder().rateLimit(-1, 2).build());
    assertThrows(IllegalArgumentException.class, () -> Latency.ofMillis(-1, 0));
    assertFalse(Faults.none().hasRandomFaults());
  }

  private static List<Integer> statuses(Faults faults) {
    server.setFaults(faults);
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      out.add(Http.get(base + "/api/images/?limit=2").statusCode());
    }
    List<CompletableFuture<HttpResponse<byte[]>>> parallel =
        IntStream.range(0, 20)
            .mapToObj(i -> Http.getAsync(base + "/api/images/?limit=1&offset=" + i))
            .toList();
    Http.all(parallel).forEach(r -> out.add(r.statusCode()));
    return out;
  }
}
