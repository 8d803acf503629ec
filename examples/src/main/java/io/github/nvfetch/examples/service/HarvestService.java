package io.github.nvfetch.examples.service;

import io.github.nvfetch.core.HarvestRequest;
import io.github.nvfetch.reactor.NeuroVaultClient;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelOption;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import reactor.netty.http.server.HttpServerRoutes;

/**
 * A harvest service on Reactor Netty's {@link HttpServer}, sharing one {@link NeuroVaultClient}
 * between its callers. {@code GET /harvest} (the command line's term syntax) and {@code POST
 * /harvest} (the JSON request document) stream one NDJSON line per image as it is stored, then a
 * summary line; {@code GET /harvest/ids} does the same for the ids harvest; {@code GET
 * /progress/{harvest}} answers a harvest's counts, {@code GET /metrics} the Micrometer meters in
 * Prometheus' text format and {@code GET /health} the service's state. The stream is pulled at the
 * reader's pace: the next line is taken from the harvest only once the previous one was written to
 * the connection, so a slow reader slows its harvest (by at most the harvest's download window and
 * the socket's buffers), and a reader that disconnects cancels it.
 */
public final class HarvestService implements AutoCloseable {

  /** The response header that names a harvest, for {@code /progress/{harvest}}. */
  public static final String HARVEST_HEADER = "Nvfetch-Harvest";

  private static final int MAX_BODY_BYTES = 1 << 20;

  /**
   * The socket send buffer of a connection. Small, because it is the last place lines wait for a
   * slow reader: a line is taken from the harvest only once the previous one is in it, so it bounds
   * how far a harvest runs ahead of its reader (a few dozen lines; a line is about 250 bytes, and
   * even at 100 ms round trips it passes far more lines per second than a harvest stores).
   */
  private static final int SEND_BUFFER_BYTES = 4096;

  private static final String NDJSON = "application/x-ndjson";
  private static final String JSON = "application/json";

  private final NeuroVaultClient client;
  private final ServiceRequests requests;
  private final HarvestRegistry registry = new HarvestRegistry();
  private final Scheduler lineWriter = Schedulers.newBoundedElastic(4, 1_000, "nvfetch-service");
  private final MetricsEndpoint metrics;
  private final DisposableServer server;

  private HarvestService(
      NeuroVaultClient client,
      PrometheusMeterRegistry meters,
      Path dataDir,
      String host,
      int port) {
    this.client = Objects.requireNonNull(client, "client");
    this.requests = new ServiceRequests(dataDir.toAbsolutePath());
    this.metrics =
        new MetricsEndpoint(Objects.requireNonNull(meters, "meters"), registry, lineWriter);
    this.server =
        HttpServer.create()
            .host(host)
            .port(port)
            .childOption(ChannelOption.SO_SNDBUF, SEND_BUFFER_BYTES)
            .route(this::routes)
            .bindNow();
  }

  /**
   * Starts a service whose {@code /metrics} shows only the service's own meters.
   *
   * @param client the client every harvest uses (not closed by the service)
   * @param dataDir where the harvests store their files
   * @param host the interface to bind, e.g. {@code 127.0.0.1}
   * @param port the port, or 0 for any free one
   * @return the running service
   */
  public static HarvestService start(NeuroVaultClient client, Path dataDir, String host, int port) {
    return start(
        client, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), dataDir, host, port);
  }

  /**
   * Starts a service whose {@code /metrics} shows {@code meters}: build the client with {@code
   * NeuroVaultClient.builder().meterRegistry(meters)} to see its meters there too.
   *
   * @param client the client every harvest uses (not closed by the service)
   * @param meters the registry {@code /metrics} renders
   * @param dataDir where the harvests store their files
   * @param host the interface to bind, e.g. {@code 127.0.0.1}
   * @param port the port, or 0 for any free one
   * @return the running service
   */
  public static HarvestService start(
      NeuroVaultClient client,
      PrometheusMeterRegistry meters,
      Path dataDir,
      String host,
      int port) {
    return new HarvestService(client, meters, dataDir, host, port);
  }

  /** The port the service listens on. */
  public int port() {
    return server.port();
  }

  /** The service's base URL, e.g. {@code http://127.0.0.1:8080}. */
  public String baseUrl() {
    return "http://" + server.host() + ":" + server.port();
  }

  private void routes(HttpServerRoutes routes) {
    routes
        .get(
            "/health",
            (request, response) ->
                json(
                    response,
                    HttpResponseStatus.OK,
                    Map.of("status", "up", "harvests_running", registry.running())))
        .get(
            "/harvest",
            (request, response) -> stream(response, () -> requests.fetch(query(request))))
        .post(
            "/harvest",
            (request, response) ->
                body(request)
                    .flatMap(body -> Mono.from(stream(response, () -> requests.fetch(body))))
                    .onErrorResume(BadRequestException.class, e -> badRequest(response, e)))
        .get(
            "/harvest/ids",
            (request, response) -> stream(response, () -> requests.ids(query(request))))
        .get("/progress/{harvest}", this::progress)
        .get("/metrics", (request, response) -> metrics.answer(response));
  }

  private Publisher<Void> stream(HttpServerResponse response, Supplier<HarvestRequest> parse) {
    HarvestRequest request;
    try {
      request = parse.get();
    } catch (BadRequestException e) {
      return badRequest(response, e);
    }
    ProgressTracker tracker = registry.open(request);
    HttpServerResponse streaming =
        response
            .status(HttpResponseStatus.OK)
            .header(HttpHeaderNames.CONTENT_TYPE, NDJSON)
            .header(HARVEST_HEADER, Long.toString(tracker.id()));
    return streaming
        .sendHeaders()
        .then()
        .thenMany(lines(request, tracker).concatMap(line -> written(streaming, line), 1))
        .then();
  }

  /**
   * Writes and flushes one line, completing once the connection took it: the harvest is pulled one
   * line at a time, at the pace of the reader.
   */
  private static Mono<Void> written(HttpServerResponse response, String line) {
    ByteBuf bytes = Unpooled.wrappedBuffer(line.getBytes(StandardCharsets.UTF_8));
    return response.sendObject(Mono.just(bytes)).then();
  }

  private Flux<String> lines(HarvestRequest request, ProgressTracker tracker) {
    return client
        .harvestOutcomes(request, tracker)
        .doOnNext(tracker::streamed)
        .publishOn(lineWriter, 4)
        .map(NdjsonLines::outcome)
        .concatWith(
            Mono.fromCallable(
                () -> {
                  tracker.ended("completed");
                  return NdjsonLines.summary(tracker);
                }))
        .onErrorResume(
            e -> {
              tracker.ended("aborted");
              return Mono.just(NdjsonLines.error(tracker, describe(e)));
            })
        .doOnCancel(() -> tracker.ended("cancelled"));
  }

  private Publisher<Void> progress(HttpServerRequest request, HttpServerResponse response) {
    String id = request.param("harvest");
    return registry
        .find(parseId(id))
        .map(tracker -> json(response, HttpResponseStatus.OK, tracker.snapshot()))
        .orElseGet(
            () ->
                json(response, HttpResponseStatus.NOT_FOUND, Map.of("error", "no harvest " + id)));
  }

  private static long parseId(String text) {
    try {
      return Long.parseLong(Objects.requireNonNullElse(text, ""));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static Mono<String> body(HttpServerRequest request) {
    return request
        .receive()
        .asByteArray()
        .reduce(
            new byte[0],
            (soFar, chunk) -> {
              if (soFar.length + chunk.length > MAX_BODY_BYTES) {
                throw new BadRequestException("request body over " + MAX_BODY_BYTES + " bytes");
              }
              byte[] joined = java.util.Arrays.copyOf(soFar, soFar.length + chunk.length);
              System.arraycopy(chunk, 0, joined, soFar.length, chunk.length);
              return joined;
            })
        .map(bytes -> new String(bytes, StandardCharsets.UTF_8));
  }

  private static Map<String, List<String>> query(HttpServerRequest request) {
    return new QueryStringDecoder(request.uri()).parameters();
  }

  private static Mono<Void> badRequest(HttpServerResponse response, BadRequestException e) {
    return json(response, HttpResponseStatus.BAD_REQUEST, Map.of("error", e.getMessage()));
  }

  private static Mono<Void> json(
      HttpServerResponse response, HttpResponseStatus status, Map<String, ?> body) {
    return response
        .status(status)
        .header(HttpHeaderNames.CONTENT_TYPE, JSON)
        .sendString(Mono.just(NdjsonLines.write(body)))
        .then();
  }

  private static String describe(Throwable error) {
    String message = error.getMessage();
    return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
  }

  /** Stops listening (harvests in progress are cancelled with their connections). */
  @Override
  public void close() {
    server.disposeNow(Duration.ofSeconds(10));
    lineWriter.dispose();
  }
}
