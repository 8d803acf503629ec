package io.github.nvfetch.reactor.internal.metrics;

import io.github.nvfetch.core.FailedImage;
import io.github.nvfetch.core.FetchedImage;
import io.github.nvfetch.reactor.internal.ClientMetrics;
import io.github.nvfetch.reactor.internal.resilience.Resilience;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.CircuitBreakerMetricNames;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

/**
 * The client's meters in a Micrometer registry, every name starting with {@code nvfetch.} (the
 * README's "Metrics" section lists them). The only class of the SDK that references Micrometer;
 * loaded only when a registry was given.
 */
public final class MicrometerMetrics implements ClientMetrics {

  private final MeterRegistry registry;
  private final boolean nettyMetrics;
  private final AtomicInteger downloadsInFlight = new AtomicInteger();
  private final Counter bytes;
  private final Timer rateLimiterWaits;

  private MicrometerMetrics(MeterRegistry registry, boolean nettyMetrics) {
    this.registry = registry;
    this.nettyMetrics = nettyMetrics;
    this.bytes =
        Counter.builder("nvfetch.bytes.received")
            .baseUnit("bytes")
            .description("image file bytes received")
            .register(registry);
    this.rateLimiterWaits =
        Timer.builder("nvfetch.ratelimiter.waits")
            .description("requests that waited for the client's rate limiter, and how long")
            .register(registry);
    Gauge.builder("nvfetch.downloads.active", downloadsInFlight, AtomicInteger::get)
        .description("image downloads in flight")
        .register(registry);
  }

  /**
   * The metrics of a client.
   *
   * @param registry a {@link MeterRegistry} (typed {@code Object} so that callers need not load
   *     Micrometer)
   * @param nettyMetrics whether to turn on Reactor Netty's own HTTP client metrics
   */
  public static ClientMetrics of(Object registry, boolean nettyMetrics) {
    return new MicrometerMetrics((MeterRegistry) registry, nettyMetrics);
  }

  private static String tag(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public <T> Mono<T> timeRequest(Mono<T> attempt, Resilience.CallKind kind) {
    return Mono.defer(
        () -> {
          long start = System.nanoTime();
          return attempt
              .doOnSuccess(value -> record(kind, "success", start))
              .doOnError(e -> record(kind, FailureTags.kind(e), start))
              .doOnCancel(() -> record(kind, "cancelled", start));
        });
  }

  private void record(Resilience.CallKind kind, String outcome, long startNanos) {
    Timer.builder("nvfetch.requests")
        .description("HTTP requests, by kind and outcome")
        .tag("kind", tag(kind))
        .tag("outcome", outcome)
        .register(registry)
        .record(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public void retryScheduled(Resilience.CallKind kind) {
    registry.counter("nvfetch.retries", "kind", tag(kind)).increment();
  }

  @Override
  public void throttled(int status) {
    registry.counter("nvfetch.throttled", "status", String.valueOf(status)).increment();
  }

  @Override
  public void rateLimiterWait(long nanos) {
    rateLimiterWaits.record(nanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public <T> Mono<T> downloadInFlight(Mono<T> download) {
    return Mono.defer(
        () -> {
          downloadsInFlight.incrementAndGet();
          return download.doFinally(signal -> downloadsInFlight.decrementAndGet());
        });
  }

  @Override
  public void bytesReceived(long count) {
    bytes.increment((double) count);
  }

  @Override
  public void imageFetched(FetchedImage image) {
    registry.counter("nvfetch.images.fetched", "origin", tag(image.origin())).increment();
  }

  @Override
  public void imageFailed(FailedImage failure) {
    registry
        .counter("nvfetch.images.failed", "reason", FailureTags.kind(failure.cause()))
        .increment();
  }

  @Override
  public void bindBreakers(CircuitBreakerRegistry breakers) {
    TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(
            CircuitBreakerMetricNames.custom()
                .callsMetricName("nvfetch.circuitbreaker.calls")
                .notPermittedCallsMetricName("nvfetch.circuitbreaker.not.permitted.calls")
                .stateMetricName("nvfetch.circuitbreaker.state")
                .bufferedCallsMetricName("nvfetch.circuitbreaker.buffered.calls")
                .slowCallsMetricName("nvfetch.circuitbreaker.slow.calls")
                .failureRateMetricName("nvfetch.circuitbreaker.failure.rate")
                .slowCallRateMetricName("nvfetch.circuitbreaker.slow.call.rate")
                .build(),
            breakers)
        .bindTo(registry);
  }

  /**
   * Reactor Netty records into Micrometer's global registry: the client's registry is added to it
   * (once) so that its {@code reactor.netty.http.client.*} meters land there too. URIs are tagged
   * by path only, with ids replaced, to keep the tag values few.
   */
  @Override
  public HttpClient instrument(HttpClient client) {
    if (!nettyMetrics) {
      return client;
    }
    if (!Metrics.globalRegistry.getRegistries().contains(registry)) {
      Metrics.addRegistry(registry);
    }
    return client.metrics(true, MicrometerMetrics::uriTag);
  }

  /** {@code /api/collections/{id}/images/}, {@code /media/{file}}: few distinct values. */
  static String uriTag(String uri) {
    String path = uri.replaceFirst("^[a-zA-Z]+://[^/]+", "").replaceFirst("\\?.*", "");
    return path.startsWith("/media/") ? "/media/{file}" : path.replaceAll("/\\d+", "/{id}");
  }
}
