package io.github.nvfetch.reactor.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.nvfetch.core.internal.Json;
import io.github.nvfetch.reactor.ForbiddenException;
import io.github.nvfetch.reactor.HttpStatusException;
import io.github.nvfetch.reactor.MalformedResponseException;
import io.github.nvfetch.reactor.NotFoundException;
import io.github.nvfetch.reactor.TransportException;
import io.github.nvfetch.reactor.internal.ClientMetrics;
import io.github.nvfetch.reactor.internal.ClientSettings;
import io.github.nvfetch.reactor.internal.resilience.RetryAfterHeader;
import io.netty.channel.ChannelOption;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.HttpClientResponse;
import reactor.netty.http.client.PrematureCloseException;
import reactor.netty.resources.ConnectionProvider;

/**
 * HTTP on Reactor Netty: JSON documents aggregated in memory (they are small), other bodies (image
 * files) handed over as a {@link ResponseBody} stream; what becomes of them is the caller's
 * business. Redirects are followed on the same host only, and the API token is only ever sent to
 * the exact NeuroVault origin (scheme, host and port of the base URL), redirects included. Failures
 * come out typed: {@link NotFoundException}, {@link ForbiddenException}, {@link
 * HttpStatusException}, {@link TransportException}, {@link MalformedResponseException}.
 */
public final class HttpTransport implements AutoCloseable {

  private static final int MAX_ERROR_BODY = 64 * 1024;

  /** Largest JSON document (a page, a record, a decode answer) held in memory. */
  public static final long MAX_DOCUMENT_BYTES = 64L << 20;

  private static final String USER_AGENT = "neurovault-fetch/0.1 (+reactor-netty)";

  /**
   * Fewest bytes a file body must deliver in each idle-read window (the response timeout): a body
   * dripping slower than that is stalled, although each read comes in time.
   */
  public static final long MIN_BYTES_PER_WINDOW = 4096;

  private final HttpClient client;
  private final ConnectionProvider ownedPool;
  private final Origin tokenOrigin;
  private final String token;
  private final Duration idleWindow;

  /** Creates the transport; it owns its connection pool unless one was injected. */
  public HttpTransport(ClientSettings settings) {
    this(settings, ClientMetrics.NONE);
  }

  /** Creates the transport, with Reactor Netty's metrics when {@code metrics} turns them on. */
  public HttpTransport(ClientSettings settings, ClientMetrics metrics) {
    this(settings, metrics, null);
  }

  /**
   * Creates the transport on {@code sharedPool} (not disposed by {@link #close()}) unless a pool or
   * client was injected; with a {@code null} shared pool it owns one.
   */
  public HttpTransport(
      ClientSettings settings, ClientMetrics metrics, ConnectionProvider sharedPool) {
    this.idleWindow = settings.responseTimeout();
    this.tokenOrigin = Origin.of(settings.baseUrl());
    this.token = settings.apiToken().orElse(null);
    boolean injected =
        settings.connectionProvider().isPresent() || settings.httpClient().isPresent();
    this.ownedPool = injected || sharedPool != null ? null : newPool(settings);
    ConnectionProvider pool = sharedPool != null ? sharedPool : ownedPool;
    HttpClient base =
        settings
            .httpClient()
            .orElseGet(() -> HttpClient.create(settings.connectionProvider().orElse(pool)));
    this.client =
        metrics
            .instrument(base)
            .option(
                ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) settings.connectTimeout().toMillis())
            .responseTimeout(settings.responseTimeout())
            .doOnChannelInit(
                (observer, channel, address) -> ResponseFraming.install(channel.pipeline()))
            .followRedirect(
                (request, response) -> isSameHostRedirect(request.resourceUrl(), response),
                redirect -> {
                  if (!tokenOrigin.matches(URI.create(redirect.resourceUrl()))) {
                    redirect.requestHeaders().remove(HttpHeaderNames.AUTHORIZATION);
                  }
                })
            .headers(h -> h.set(HttpHeaderNames.USER_AGENT, USER_AGENT));
  }

  /** A connection pool with the settings' cap per host. */
  public static ConnectionProvider newPool(ClientSettings settings) {
    return ConnectionProvider.builder("nvfetch")
        .maxConnections(settings.maxConnections())
        .pendingAcquireMaxCount(-1)
        .pendingAcquireTimeout(Duration.ofHours(1))
        .maxIdleTime(Duration.ofSeconds(20))
        .build();
  }

  private static boolean isSameHostRedirect(String from, HttpClientResponse response) {
    int status = response.status().code();
    String location = response.responseHeaders().get(HttpHeaderNames.LOCATION);
    if (status < 300 || status > 308 || location == null) {
      return false;
    }
    URI target = URI.create(from).resolve(location);
    return URI.create(from).getHost().equalsIgnoreCase(target.getHost());
  }

  private HttpClient forUri(URI uri) {
    boolean sendToken = token != null && tokenOrigin.matches(uri);
    return sendToken
        ? client.headers(h -> h.set(HttpHeaderNames.AUTHORIZATION, "Token " + token))
        : client;
  }

  /** GETs a JSON document. Parsing happens off the network thread. */
  public Mono<JsonNode> getJson(URI uri, Duration timeout) {
    return small(
            forUri(uri).headers(h -> h.set(HttpHeaderNames.ACCEPT, "application/json")),
            uri,
            timeout)
        .publishOn(Schedulers.parallel())
        .map(raw -> toJson(uri, raw));
  }

  /** GETs raw bytes (small documents only), failing on any non-2xx status. */
  public Mono<byte[]> getBytes(URI uri, Duration timeout) {
    return small(forUri(uri), uri, timeout)
        .map(
            raw -> {
              if (raw.status() / 100 != 2) {
                throw statusError(uri, raw.status(), raw.headers(), text(raw.body()));
              }
              return raw.body();
            });
  }

  /**
   * GETs a document into memory, refusing one larger than {@link #MAX_DOCUMENT_BYTES} (declared or
   * actual) before it is held whole.
   */
  private static Mono<RawResponse> small(HttpClient client, URI uri, Duration timeout) {
    return client
        .get()
        .uri(uri.toString())
        .response(
            (response, body) -> {
              if (contentLength(response.responseHeaders()) > MAX_DOCUMENT_BYTES) {
                return Mono.error(tooLarge(uri));
              }
              AtomicLong size = new AtomicLong();
              return ByteBufFlux.fromInbound(
                      body.doOnNext(
                          chunk -> {
                            if (size.addAndGet(chunk.readableBytes()) > MAX_DOCUMENT_BYTES) {
                              throw tooLarge(uri);
                            }
                          }))
                  .aggregate()
                  .asByteArray()
                  .defaultIfEmpty(new byte[0])
                  .map(
                      bytes ->
                          new RawResponse(
                              response.status().code(), response.responseHeaders(), bytes));
            })
        .single()
        .timeout(timeout)
        .onErrorMap(e -> transportError(uri, e));
  }

  private static MalformedResponseException tooLarge(URI uri) {
    return new MalformedResponseException(
        uri, "document larger than " + MAX_DOCUMENT_BYTES + " bytes", null);
  }

  private record RawResponse(int status, HttpHeaders headers, byte[] body) {}

  private static JsonNode toJson(URI uri, RawResponse raw) {
    if (raw.status() / 100 != 2) {
      throw statusError(uri, raw.status(), raw.headers(), detail(raw.body()));
    }
    try {
      return Json.MAPPER.readTree(raw.body());
    } catch (IOException e) {
      throw new MalformedResponseException(
          uri, "invalid JSON (" + raw.body().length + " bytes): " + e.getMessage(), e);
    }
  }

  /**
   * GETs a body to stream: a status other than 200 fails (typed, its short body drained), a {@code
   * 200} body goes to {@code handler}. The body fails when it stalls (fewer than {@link
   * #MIN_BYTES_PER_WINDOW} bytes in a response-timeout window); the whole exchange when it takes
   * longer than {@code timeout}.
   */
  public <T> Mono<T> stream(URI uri, Duration timeout, BodyHandler<T> handler) {
    return forUri(uri)
        .get()
        .uri(uri.toString())
        .response(
            (response, body) -> {
              if (response.status().code() != 200) {
                return drainThenFail(uri, response, body);
              }
              AtomicLong recent = new AtomicLong();
              ResponseBody counted =
                  new ResponseBody(body.doOnNext(chunk -> recent.addAndGet(chunk.readableBytes())));
              return Mono.firstWithSignal(
                  handler.handle(contentLength(response.responseHeaders()), counted),
                  stalled(uri, recent));
            })
        .single()
        .timeout(timeout)
        .onErrorMap(e -> transportError(uri, e));
  }

  /** Fails once a window passes in which the body delivered too few bytes. */
  private <T> Mono<T> stalled(URI uri, AtomicLong recent) {
    return Flux.interval(idleWindow, idleWindow)
        .filter(tick -> recent.getAndSet(0) < MIN_BYTES_PER_WINDOW)
        .next()
        .flatMap(
            tick ->
                Mono.error(
                    new TransportException(
                        uri,
                        "body stalled: fewer than "
                            + MIN_BYTES_PER_WINDOW
                            + " bytes in "
                            + idleWindow.toMillis()
                            + " ms",
                        null)));
  }

  private static <T> Mono<T> drainThenFail(URI uri, HttpClientResponse response, ByteBufFlux body) {
    HttpStatusException error =
        statusError(uri, response.status().code(), response.responseHeaders(), null);
    long declared = contentLength(response.responseHeaders());
    if (declared > MAX_ERROR_BODY) {
      return Mono.error(error);
    }
    return body.then(Mono.error(error));
  }

  private static long contentLength(HttpHeaders headers) {
    String value = headers.get(HttpHeaderNames.CONTENT_LENGTH);
    try {
      return value == null ? -1 : Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static HttpStatusException statusError(
      URI uri, int status, HttpHeaders headers, String detail) {
    if (status == 404) {
      return new NotFoundException(uri, detail);
    }
    if (status == 401 || status == 403) {
      return new ForbiddenException(status, uri, detail);
    }
    Duration retryAfter =
        RetryAfterHeader.parse(headers.get(HttpHeaderNames.RETRY_AFTER), Instant::now).orElse(null);
    return new HttpStatusException(status, uri, detail, retryAfter);
  }

  /** DRF's {@code detail} message, or else a short excerpt of the body (kept for every status). */
  private static String detail(byte[] body) {
    try {
      JsonNode json = Json.MAPPER.readTree(body);
      if (json != null && json.hasNonNull("detail")) {
        return json.get("detail").asText();
      }
    } catch (IOException | RuntimeException e) {
      // not JSON: the excerpt below
    }
    String excerpt = text(body).replaceAll("\\s+", " ").strip();
    return excerpt.isEmpty() ? null : excerpt;
  }

  private static String text(byte[] body) {
    int n = Math.min(body.length, 200);
    return new String(body, 0, n, StandardCharsets.UTF_8);
  }

  private static Throwable transportError(URI uri, Throwable e) {
    if (e instanceof PrematureCloseException) {
      return new TransportException(uri, "connection closed before the response was complete", e);
    }
    if (e instanceof TimeoutException) {
      return new TransportException(uri, "timed out: " + e.getMessage(), e);
    }
    if (e instanceof IOException ioe) {
      return new TransportException(uri, NetworkErrors.describe(ioe), e);
    }
    if (e instanceof io.netty.handler.timeout.ReadTimeoutException) {
      return new TransportException(uri, "no response in time", e);
    }
    if (e instanceof DecoderException || e instanceof IllegalArgumentException) {
      // Netty's HTTP decoder rejects the response (a garbled status line or headers, often the
      // leftover of a previous response on the connection): the connection is closed, so a
      // retry gets a fresh one.
      return new TransportException(uri, "malformed HTTP response: " + e.getMessage(), e);
    }
    return e;
  }

  /** Releases the connection pool this transport created. */
  @Override
  public void close() {
    if (ownedPool != null) {
      ownedPool.disposeLater().block(Duration.ofSeconds(10));
    }
  }
}
