package io.github.nvfetch.reactor.internal;

import io.github.nvfetch.core.FailedImage;
import io.github.nvfetch.core.FetchedImage;
import io.github.nvfetch.reactor.internal.resilience.Resilience;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

/**
 * What a client measures. {@link #NONE} measures nothing; the Micrometer implementation ({@code
 * internal.metrics.MicrometerMetrics}) is the only class that references Micrometer, and is loaded
 * only when a registry was given, so the SDK runs without Micrometer on the classpath.
 */
public interface ClientMetrics {

  /** Measures nothing. */
  ClientMetrics NONE = new ClientMetrics() {};

  /** Times one request attempt and counts it by kind and outcome. */
  default <T> Mono<T> timeRequest(Mono<T> attempt, Resilience.CallKind kind) {
    return attempt;
  }

  /** A request of this kind will be sent again. */
  default void retryScheduled(Resilience.CallKind kind) {}

  /** The server throttled a request (429, or 503 without Retry-After). */
  default void throttled(int status) {}

  /** A request waited this long for the rate limiter. */
  default void rateLimiterWait(long nanos) {}

  /** Counts an image download in flight while {@code download} runs. */
  default <T> Mono<T> downloadInFlight(Mono<T> download) {
    return download;
  }

  /** Image file bytes arrived. */
  default void bytesReceived(long bytes) {}

  /** A harvest fetched an image. */
  default void imageFetched(FetchedImage image) {}

  /** A harvest could not fetch an image. */
  default void imageFailed(FailedImage failure) {}

  /** Publishes the state and calls of the circuit breakers of this registry. */
  default void bindBreakers(CircuitBreakerRegistry breakers) {}

  /** The HTTP client, with Reactor Netty's own metrics when they were asked for. */
  default HttpClient instrument(HttpClient client) {
    return client;
  }
}
