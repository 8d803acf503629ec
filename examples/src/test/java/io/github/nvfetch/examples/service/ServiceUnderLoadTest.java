package io.github.nvfetch.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.FetchedImage;
import io.github.nvfetch.reactor.NeuroVaultClient;
import io.github.nvfetch.reactor.RetrySettings;
import io.github.nvfetch.testkit.CorpusSpec;
import io.github.nvfetch.testkit.Faults;
import io.github.nvfetch.testkit.Latency;
import io.github.nvfetch.testkit.LoggedRequest;
import io.github.nvfetch.testkit.ReplicaServer;
import io.github.nvfetch.testkit.RouteClass;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.netty.channel.ChannelOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.netty.http.client.HttpClient;

/**
 * The service under concurrent load, with the replica behind it: metrics after a harvest, each
 * client's exact selection while others disconnect, a slow reader's bounded downloads, fair turns
 * for a small request during a big harvest, and one download per shared image.
 */
class ServiceUnderLoadTest {

  private static final Duration TIMEOUT = Duration.ofMinutes(2);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final CorpusSpec CORPUS =
      CorpusSpec.builder().seed(33).collections(12).images(240).privateCollectionRate(0).build();

  @TempDir Path serviceDir;
  @TempDir Path referenceDir;

  private final List<AutoCloseable> open = new ArrayList<>();
  private final PrometheusMeterRegistry meters =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

  private <T extends AutoCloseable> T closeLater(T resource) {
    open.add(0, resource);
    return resource;
  }

  @AfterEach
  void closeAll() throws Exception {
    for (AutoCloseable resource : open) {
      resource.close();
    }
    meters.close();
  }

  private ReplicaServer replica(Faults faults) {
    return closeLater(ReplicaServer.builder().corpus(CORPUS).faults(faults).port(0).start());
  }

  private NeuroVaultClient client(ReplicaServer replica, double rate) {
    return closeLater(
        NeuroVaultClient.builder()
            .baseUrl(replica.baseUrl())
            .neurosynthUrl(replica.neurosynthUrl())
            .requestsPerSecond(rate)
            .meterRegistry(meters)
            .retry(RetrySettings.builder().initialBackoff(Duration.ofMillis(20)).build())
            .build());
  }

  private HarvestService service(NeuroVaultClient client) {
    return closeLater(HarvestService.start(client, meters, serviceDir, "127.0.0.1", 0));
  }

  /** The SDK's selection, each into a fresh directory (so none sees another's images). */
  private List<Long> expected(NeuroVaultClient client, FetchRequest.Builder request) {
    Path fresh = referenceDir.resolve("reference-" + open.size() + "-" + System.nanoTime());
    return client
        .harvest(request.dataDir(fresh).build())
        .map(FetchedImage::imageId)
        .collectList()
        .block(TIMEOUT);
  }

  private static HttpClient http(HarvestService service) {
    return HttpClient.newConnection()
        .baseUrl(service.baseUrl())
        .responseTimeout(Duration.ofSeconds(60));
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The stream's lines, one JSON object each, as they arrive. */
  private static Flux<JsonNode> lines(HarvestService service, String uri) {
    return http(service)
        .get()
        .uri(uri)
        .response((response, body) -> NdjsonSplitter.lines(body.asByteArray()))
        .map(ServiceUnderLoadTest::parse);
  }

  private static List<Long> imageIds(List<JsonNode> lines) {
    return lines.stream()
        .filter(line -> line.has("id"))
        .map(line -> line.get("id").asLong())
        .toList();
  }

  private static Mono<String> bodyOf(HarvestService service, String uri) {
    return http(service).get().uri(uri).responseContent().aggregate().asString();
  }

  private long partFiles() {
    try (Stream<Path> files = Files.walk(serviceDir)) {
      return files.filter(file -> file.getFileName().toString().endsWith(".part")).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<LoggedRequest> fileRequests(ReplicaServer replica) {
    return replica.requestLog().stream()
        .filter(r -> r.pathAndQuery().startsWith("/media/"))
        .toList();
  }

  /** The service has no harvest running and the replica no request in flight. */
  private void assertQuiet(HarvestService service, ReplicaServer replica) {
    Integer running =
        Flux.interval(Duration.ofMillis(50))
            .onBackpressureDrop()
            .concatMap(tick -> bodyOf(service, "/health"))
            .map(health -> parse(health).get("harvests_running").asInt())
            .filter(count -> count == 0)
            .blockFirst(Duration.ofSeconds(30));
    assertEquals(0, running, "no harvest subscription is left");
    assertTrue(replica.awaitIdle(Duration.ofSeconds(30)), "no request to the replica is left");
    Long parts =
        Flux.interval(Duration.ofMillis(50))
            .onBackpressureDrop()
            .concatMap(
                tick -> Mono.fromCallable(this::partFiles).subscribeOn(Schedulers.boundedElastic()))
            .filter(count -> count == 0)
            .blockFirst(Duration.ofSeconds(30));
    assertEquals(0, parts, "no part file is left");
  }

  @Test
  void metricsShowTheClientsMetersInPrometheusFormatAfterAHarvest() {
    ReplicaServer replica = replica(Faults.none());
    HarvestService service = service(client(replica, 200));

    List<JsonNode> lines = lines(service, "/harvest?max_images=3").collectList().block(TIMEOUT);
    var scrape =
        http(service)
            .get()
            .uri("/metrics")
            .responseSingle(
                (response, content) ->
                    content
                        .asString()
                        .map(
                            text ->
                                Map.entry(response.responseHeaders().get("Content-Type"), text)))
            .block(TIMEOUT);

    assertEquals(3, imageIds(lines).size());
    assertTrue(scrape.getKey().startsWith("text/plain"), scrape.getKey());
    String text = scrape.getValue();
    assertTrue(text.contains("# TYPE nvfetch_images_fetched_total counter"), text);
    assertTrue(
        text.lines()
            .anyMatch(
                line ->
                    line.startsWith("nvfetch_images_fetched_total{")
                        && line.contains("origin=\"downloaded\"")
                        && line.endsWith(" 3.0")),
        text);
    assertTrue(text.contains("nvfetch_requests_seconds_count"), text);
    assertTrue(
        text.lines().anyMatch(line -> line.equals("nvfetch_service_harvests_running 0.0")), text);
  }

  @Test
  void concurrentClientsGetTheirSelectionsWhileOthersDisconnectMidStream() {
    ReplicaServer replica =
        replica(Faults.builder().latency(RouteClass.FILE, Latency.ofMillis(60, 20)).build());
    NeuroVaultClient client = client(replica, 100);
    HarvestService service = service(client);
    // overwrite: a harvest in download_new mode would first take what the others stored
    // meanwhile (nilearn's local-first order), so only overwrite has one exact expected order
    Map<String, FetchRequest.Builder> complete =
        Map.of(
            "/harvest?mode=overwrite&max_images=15",
            FetchRequest.builder().maxImages(15),
            "/harvest?mode=overwrite&max_images=6&term=" + encode("map_type=T map"),
            FetchRequest.builder().maxImages(6).imageTerm("map_type", "T map"),
            "/harvest?mode=overwrite&max_images=10&term=" + encode("modality=fMRI-BOLD"),
            FetchRequest.builder().maxImages(10).imageTerm("modality", "fMRI-BOLD"),
            "/harvest?mode=overwrite&max_images=4&term=" + encode("modality=fMRI-BOLD"),
            FetchRequest.builder().maxImages(4).imageTerm("modality", "fMRI-BOLD"));
    Map<String, List<Long>> expected =
        complete.entrySet().stream()
            .collect(
                Collectors.toMap(Map.Entry::getKey, entry -> expected(client, entry.getValue())));

    Flux<Map.Entry<String, List<Long>>> finishing =
        Flux.fromIterable(complete.keySet())
            .flatMap(
                uri ->
                    lines(service, uri)
                        .collectList()
                        .map(lines -> Map.entry(uri, imageIds(lines))));
    Flux<Map.Entry<String, List<Long>>> leaving =
        Flux.just(
                "/harvest?max_images=all",
                "/harvest?max_images=80&term=" + encode("modality=fMRI-BOLD"))
            .flatMap(
                uri ->
                    lines(service, uri)
                        .take(3)
                        .collectList()
                        .map(lines -> Map.entry("left " + uri, imageIds(lines))));
    Map<String, List<Long>> got =
        Flux.merge(finishing, leaving)
            .collectMap(Map.Entry::getKey, Map.Entry::getValue)
            .block(TIMEOUT);

    complete.keySet().forEach(uri -> assertEquals(expected.get(uri), got.get(uri), uri));
    got.entrySet().stream()
        .filter(entry -> entry.getKey().startsWith("left "))
        .forEach(entry -> assertEquals(3, entry.getValue().size(), entry.getKey()));
    assertQuiet(service, replica);
  }

  @Test
  void aSlowReaderBoundsWhatTheHarvestDownloads() {
    ReplicaServer replica = replica(Faults.none());
    NeuroVaultClient client = client(replica, 500);
    HarvestService service = service(client);
    List<Long> all = expected(client, FetchRequest.builder().noLimit());
    replica.resetStats();
    List<Long> served = new CopyOnWriteArrayList<>();

    // a reader with a tiny receive buffer that takes the first 10 lines, then reads no more
    // until the harvest has stalled; then it reads the rest
    HttpClient slow = http(service).option(ChannelOption.SO_RCVBUF, 2048);
    List<Long> ids =
        slow.get()
            .uri("/harvest?max_images=all")
            .response((response, body) -> NdjsonSplitter.lines(body.asByteArray()))
            .map(ServiceUnderLoadTest::parse)
            .filter(line -> line.has("id"))
            .map(line -> line.get("id").asLong())
            .index()
            .concatMap(
                indexed ->
                    indexed.getT1() == 10
                        ? Mono.fromCallable(
                                () -> {
                                  assertTrue(
                                      replica.awaitIdle(Duration.ofSeconds(30)),
                                      "the harvest stalls");
                                  served.add((long) fileRequests(replica).size());
                                  return indexed.getT2();
                                })
                            .subscribeOn(Schedulers.boundedElastic())
                        : Mono.just(indexed.getT2()),
                1)
            .collectList()
            .block(TIMEOUT);

    assertEquals(all, ids, "the slow reader still gets the whole selection, in order");
    long whileStalled = served.get(0);
    assertTrue(all.size() > 150, "a corpus much larger than the bound: " + all.size());
    assertTrue(
        whileStalled < 100,
        "while the reader read 10 lines the service downloaded "
            + whileStalled
            + " of "
            + all.size()
            + " files");
    assertQuiet(service, replica);
  }

  @Test
  void aSmallRequestGetsItsTurnWhileABigHarvestRuns() {
    ReplicaServer replica =
        replica(Faults.builder().latency(RouteClass.FILE, Latency.ofMillis(30, 10)).build());
    NeuroVaultClient client = client(replica, 40);
    HarvestService service = service(client);
    var corpus = replica.corpus();
    long lastCollection = corpus.collectionIds().max().orElseThrow();
    List<Long> small = corpus.imageIds(lastCollection).limit(5).boxed().toList();
    List<String> smallFiles = small.stream().map(corpus::filePath).toList();
    String smallUri =
        "/harvest/ids?image="
            + small.stream().map(String::valueOf).collect(Collectors.joining(","));
    List<String> events = new CopyOnWriteArrayList<>();

    Flux<JsonNode> big =
        lines(service, "/harvest?max_images=all")
            .doOnNext(line -> events.add(line.has("id") ? "big image" : "big end"))
            .publish()
            .autoConnect(2);
    Mono<Void> smallAfterBigStarted =
        big.take(1)
            .then(
                lines(service, smallUri)
                    .doOnNext(line -> events.add(line.has("id") ? "small image" : "small end"))
                    .then());
    Mono.when(big.then(), smallAfterBigStarted).block(TIMEOUT);

    assertTrue(events.contains("small image"), events::toString);
    assertTrue(
        events.indexOf("small image") < events.indexOf("big end"),
        "the small request's first image comes before the big harvest ends: " + events);
    assertTrue(events.indexOf("small end") < events.indexOf("big end"), events::toString);
    List<String> requests = replica.requestLog().stream().map(LoggedRequest::pathAndQuery).toList();
    int asked = indexOf(requests, path -> path.contains("/images/" + small.get(0) + "/"));
    int firstFile = indexOf(requests, path -> smallFiles.stream().anyMatch(path::endsWith));
    assertTrue(asked >= 0 && firstFile > asked, asked + " " + firstFile + " " + requests);
    // round-robin turns: while the small harvest waits for its first file, the big one gets
    // about one request per request of the small one (plus those already in flight), not the
    // whole backlog it lined up
    List<String> window = requests.subList(asked, firstFile + 1);
    long own =
        window.stream()
            .filter(
                path ->
                    smallFiles.stream().anyMatch(path::endsWith)
                        || small.stream().anyMatch(id -> path.contains("/images/" + id + "/"))
                        || path.startsWith("/api/collections/" + lastCollection + "/"))
            .count();
    long others = window.size() - own;
    assertTrue(
        others <= own + 4,
        "the big harvest got "
            + others
            + " requests while the small "
            + "one made its first "
            + own
            + ": "
            + window);
  }

  private static int indexOf(List<String> requests, java.util.function.Predicate<String> test) {
    for (int i = 0; i < requests.size(); i++) {
      if (test.test(requests.get(i))) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void overlappingHarvestsDownloadEachSharedImageOnce() {
    ReplicaServer replica =
        replica(Faults.builder().latency(RouteClass.FILE, Latency.ofMillis(150, 50)).build());
    NeuroVaultClient client = client(replica, 100);
    HarvestService service = service(client);
    List<Long> expected = expected(client, FetchRequest.builder().maxImages(20));
    replica.resetStats();

    List<List<Long>> got =
        Flux.range(0, 4)
            .flatMap(i -> lines(service, "/harvest?max_images=20").collectList())
            .map(ServiceUnderLoadTest::imageIds)
            .collectList()
            .block(TIMEOUT);

    got.forEach(ids -> assertEquals(expected, ids));
    Map<String, Long> downloads =
        fileRequests(replica).stream()
            .filter(r -> r.status() == 200)
            .collect(Collectors.groupingBy(LoggedRequest::pathAndQuery, Collectors.counting()));
    assertEquals(20, downloads.size(), downloads::toString);
    assertEquals(
        Map.of(),
        downloads.entrySet().stream()
            .filter(e -> e.getValue() > 1)
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)),
        "no file downloaded twice");
    assertQuiet(service, replica);
  }
}
