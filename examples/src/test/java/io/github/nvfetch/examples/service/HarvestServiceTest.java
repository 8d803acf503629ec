package io.github.nvfetch.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.FetchedImage;
import io.github.nvfetch.core.IdsRequest;
import io.github.nvfetch.reactor.NeuroVaultClient;
import io.github.nvfetch.reactor.RetrySettings;
import io.github.nvfetch.testkit.CorpusSpec;
import io.github.nvfetch.testkit.Faults;
import io.github.nvfetch.testkit.Latency;
import io.github.nvfetch.testkit.ReplicaServer;
import io.github.nvfetch.testkit.RouteClass;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.client.HttpClient;

/** The harvest service over real HTTP, with the replica behind it. */
class HarvestServiceTest {

  private static final Duration TIMEOUT = Duration.ofMinutes(1);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final CorpusSpec CORPUS =
      CorpusSpec.builder().seed(21).collections(8).images(120).privateCollectionRate(0).build();

  @TempDir Path serviceDir;
  @TempDir Path referenceDir;

  private final List<AutoCloseable> open = new ArrayList<>();

  private <T extends AutoCloseable> T closeLater(T resource) {
    open.add(0, resource);
    return resource;
  }

  @AfterEach
  void closeAll() throws Exception {
    for (AutoCloseable resource : open) {
      resource.close();
    }
  }

  private ReplicaServer replica(Faults faults) {
    return closeLater(ReplicaServer.builder().corpus(CORPUS).faults(faults).port(0).start());
  }

  private NeuroVaultClient client(ReplicaServer replica) {
    return closeLater(
        NeuroVaultClient.builder()
            .baseUrl(replica.baseUrl())
            .neurosynthUrl(replica.neurosynthUrl())
            .requestsPerSecond(200)
            .retry(RetrySettings.builder().initialBackoff(Duration.ofMillis(20)).build())
            .build());
  }

  private HarvestService service(NeuroVaultClient client) {
    return closeLater(HarvestService.start(client, serviceDir, "127.0.0.1", 0));
  }

  private static HttpClient http(HarvestService service) {
    return HttpClient.newConnection()
        .baseUrl(service.baseUrl())
        .responseTimeout(Duration.ofSeconds(30));
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static List<JsonNode> lines(String body) {
    return body.lines().map(HarvestServiceTest::parse).toList();
  }

  private static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Long> imageIds(List<JsonNode> lines) {
    return lines.stream()
        .filter(line -> line.has("id"))
        .map(line -> line.get("id").asLong())
        .toList();
  }

  private record Answer(int status, String harvest, String body) {}

  private static Answer get(HarvestService service, String uri) {
    return answer(service, uri).block(TIMEOUT);
  }

  private static Mono<Answer> answer(HarvestService service, String uri) {
    return http(service)
        .get()
        .uri(uri)
        .responseSingle(
            (response, body) ->
                body.asString()
                    .defaultIfEmpty("")
                    .map(
                        text ->
                            new Answer(
                                response.status().code(),
                                response.responseHeaders().get(HarvestService.HARVEST_HEADER),
                                text)));
  }

  private static Answer post(HarvestService service, String uri, String json) {
    return http(service)
        .post()
        .uri(uri)
        .send(ByteBufFlux.fromString(Mono.just(json)))
        .responseSingle(
            (response, body) ->
                body.asString()
                    .defaultIfEmpty("")
                    .map(
                        text ->
                            new Answer(
                                response.status().code(),
                                response.responseHeaders().get(HarvestService.HARVEST_HEADER),
                                text)))
        .block(TIMEOUT);
  }

  @Test
  void aFilteredHarvestStreamsTheImagesTheSdkSelectsThenASummary() {
    ReplicaServer replica = replica(Faults.none());
    NeuroVaultClient client = client(replica);
    HarvestService service = service(client);
    List<Long> expected =
        client
            .harvest(
                FetchRequest.builder()
                    .imageTerm("modality", "fMRI-BOLD")
                    .maxImages(7)
                    .dataDir(referenceDir)
                    .build())
            .map(FetchedImage::imageId)
            .collectList()
            .block(TIMEOUT);

    Answer answer = get(service, "/harvest?term=" + encode("modality=fMRI-BOLD") + "&max_images=7");

    assertEquals(200, answer.status(), answer.body());
    List<JsonNode> lines = lines(answer.body());
    assertEquals(expected, imageIds(lines));
    for (JsonNode line : lines.subList(0, 7)) {
      Path file = Path.of(line.get("path").asText());
      assertTrue(file.startsWith(serviceDir.toAbsolutePath()), file::toString);
      assertTrue(Files.isRegularFile(file), file::toString);
      assertEquals("downloaded", line.get("origin").asText());
    }
    JsonNode summary = lines.get(lines.size() - 1).get("summary");
    assertEquals(7, summary.get("fetched").asInt());
    assertEquals("completed", summary.get("state").asText());
    assertEquals(answer.harvest(), summary.get("harvest").asText());
    JsonNode progress = parse(get(service, "/progress/" + answer.harvest()).body());
    assertEquals(7, progress.get("fetched").asInt());
  }

  @Test
  void aPostedRequestDocumentAndAnIdsHarvestStreamTheirImages() {
    ReplicaServer replica = replica(Faults.none());
    NeuroVaultClient client = client(replica);
    HarvestService service = service(client);
    String document = "{\"max_images\": 4, \"modality\": \"fMRI-BOLD\"}";
    List<Long> expected =
        client
            .harvest(FetchRequest.fromJson(document).toBuilder().dataDir(referenceDir).build())
            .map(FetchedImage::imageId)
            .collectList()
            .block(TIMEOUT);

    Answer posted = post(service, "/harvest", document);
    long first = expected.get(0);
    long unknown = 987_654_321L;
    Answer byIds = get(service, "/harvest/ids?image=" + first + "," + unknown);

    assertEquals(200, posted.status(), posted.body());
    assertEquals(expected, imageIds(lines(posted.body())));
    assertEquals(200, byIds.status(), byIds.body());
    List<JsonNode> idsLines = lines(byIds.body());
    assertEquals(List.of(first), imageIds(idsLines));
    assertEquals("local_store", idsLines.get(0).get("origin").asText());
    assertEquals(unknown, idsLines.get(1).get("failed").asLong());
    assertEquals(1, idsLines.get(2).get("summary").get("failed").asInt());
    long same =
        client
            .harvest(IdsRequest.builder().imageIds(first).dataDir(referenceDir).build())
            .count()
            .block(TIMEOUT);
    assertEquals(1, same);
  }

  @Test
  void badRequestsAnswer400WithTheCommandLinesMessages() {
    ReplicaServer replica = replica(Faults.none());
    HarvestService service = service(client(replica));

    Answer noOperator = get(service, "/harvest?term=" + encode("modality"));
    Answer badLimit = get(service, "/harvest?max_images=lots");
    Answer unknown = get(service, "/harvest?maximages=3");
    Answer noIds = get(service, "/harvest/ids");
    Answer dataDir = post(service, "/harvest", "{\"data_dir\": \"/tmp/elsewhere\"}");
    Answer badJson = post(service, "/harvest", "{\"max_images\": ");
    Answer missing = get(service, "/progress/999");

    assertEquals(400, noOperator.status());
    assertTrue(
        parse(noOperator.body()).get("error").asText().contains("is not a term"),
        noOperator.body());
    assertEquals(400, badLimit.status());
    assertTrue(badLimit.body().contains("'lots' is not a number of images"), badLimit.body());
    assertEquals(400, unknown.status());
    assertTrue(unknown.body().contains("unknown parameter 'maximages'"), unknown.body());
    assertEquals(400, noIds.status());
    assertEquals(400, dataDir.status());
    assertTrue(dataDir.body().contains("data_dir is chosen by the service"), dataDir.body());
    assertEquals(400, badJson.status());
    assertEquals(404, missing.status());
    assertEquals(0, replica.stats().requestsTotal(), "no bad request reached NeuroVault");
  }

  @Test
  void concurrentClientsEachGetExactlyTheirOwnSelectionInOrder() {
    ReplicaServer replica = replica(Faults.none());
    NeuroVaultClient client = client(replica);
    HarvestService service = service(client);
    List<String> queries =
        List.of(
            "/harvest?max_images=12",
            "/harvest?max_images=5&term=" + encode("map_type=T map"),
            "/harvest?max_images=9&term=" + encode("modality=fMRI-BOLD"));
    List<List<Long>> expected =
        Stream.of(
                FetchRequest.builder().maxImages(12),
                FetchRequest.builder().maxImages(5).imageTerm("map_type", "T map"),
                FetchRequest.builder().maxImages(9).imageTerm("modality", "fMRI-BOLD"))
            .map(
                builder ->
                    client
                        .harvest(builder.dataDir(referenceDir).build())
                        .map(FetchedImage::imageId)
                        .collectList()
                        .block(TIMEOUT))
            .toList();

    List<List<Long>> got =
        Flux.fromIterable(queries)
            .flatMapSequential(uri -> answer(service, uri))
            .map(answer -> imageIds(lines(answer.body())))
            .collectList()
            .block(TIMEOUT);

    assertEquals(expected, got);
  }

  @Test
  void aClientThatDisconnectsCancelsItsHarvestAndLeavesNoPartFile() throws IOException {
    Faults slowFiles = Faults.builder().latency(RouteClass.FILE, Latency.ofMillis(400, 0)).build();
    ReplicaServer replica = replica(slowFiles);
    HarvestService service = service(client(replica));

    String[] harvest = new String[1];
    String firstLine =
        http(service)
            .get()
            .uri("/harvest?max_images=60")
            .response(
                (response, body) -> {
                  harvest[0] = response.responseHeaders().get(HarvestService.HARVEST_HEADER);
                  return body.asString();
                })
            .take(1)
            .blockFirst(TIMEOUT);

    assertTrue(parse(firstLine.lines().findFirst().orElseThrow()).has("id"), firstLine);
    String state =
        Flux.interval(Duration.ofMillis(50))
            .onBackpressureDrop()
            .concatMap(tick -> answer(service, "/progress/" + harvest[0]))
            .map(progress -> parse(progress.body()).get("state").asText())
            .filter(s -> !"running".equals(s))
            .blockFirst(Duration.ofSeconds(20));
    assertEquals("cancelled", state);
    assertTrue(noPartFiles(), "part files of the cancelled downloads are deleted");
    long fileRequests =
        replica.requestLog().stream().filter(r -> r.pathAndQuery().startsWith("/media/")).count();
    assertTrue(fileRequests < 60, "the harvest stopped: " + fileRequests + " file requests");
    JsonNode health = parse(get(service, "/health").body());
    assertEquals(0, health.get("harvests_running").asInt());
  }

  private boolean noPartFiles() throws IOException {
    return Boolean.TRUE.equals(
        Flux.interval(Duration.ofMillis(50))
            .map(tick -> countPartFiles() == 0)
            .filter(none -> none)
            .blockFirst(Duration.ofSeconds(20)));
  }

  private long countPartFiles() {
    try (Stream<Path> files = Files.walk(serviceDir)) {
      return files.filter(file -> file.getFileName().toString().endsWith(".part")).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void healthAnswersWithoutTouchingNeuroVault() {
    ReplicaServer replica = replica(Faults.none());
    HarvestService service = service(client(replica));

    Answer health = get(service, "/health");

    assertEquals(200, health.status());
    assertEquals("up", parse(health.body()).get("status").asText());
    assertFalse(health.body().isBlank());
    assertEquals(0, replica.stats().requestsTotal());
  }
}
