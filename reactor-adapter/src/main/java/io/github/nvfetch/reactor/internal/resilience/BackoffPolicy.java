package io.github.nvfetch.reactor.internal.resilience;

import io.github.nvfetch.reactor.HttpStatusException;
import io.github.nvfetch.reactor.RetrySettings;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * The wait before a retry: the server's {@code Retry-After} when it sent one (capped), otherwise
 * exponential backoff with jitter, and at least a second when a circuit breaker refused the call
 * (it lets calls through again a little later).
 */
final class BackoffPolicy {

  /** Shortest wait after a call refused by an open circuit breaker. */
  static final Duration OPEN_BREAKER_WAIT = Duration.ofSeconds(1);

  private final RetrySettings settings;
  private final DoubleSupplier random;

  /**
   * Creates the policy.
   *
   * @param random uniform numbers in [0, 1), for the jitter
   */
  public BackoffPolicy(RetrySettings settings, DoubleSupplier random) {
    this.settings = settings;
    this.random = random;
  }

  /**
   * The wait after the given failed attempt.
   *
   * @param attempt 1 after the first failure, 2 after the second, ...
   */
  public Duration delay(int attempt, Throwable failure) {
    if (failure instanceof HttpStatusException) {
      var retryAfter = ((HttpStatusException) failure).retryAfter();
      if (retryAfter.isPresent()) {
        Duration wait = retryAfter.get();
        return wait.compareTo(settings.maxRetryAfter()) > 0 ? settings.maxRetryAfter() : wait;
      }
    }
    Duration backoff = backoff(attempt);
    if (failure instanceof CallNotPermittedException && backoff.compareTo(OPEN_BREAKER_WAIT) < 0) {
      return OPEN_BREAKER_WAIT;
    }
    return backoff;
  }

  private Duration backoff(int attempt) {
    double base =
        settings.initialBackoff().toMillis()
            * Math.pow(settings.multiplier(), Math.max(0, attempt - 1));
    double capped = Math.min(base, (double) settings.maxBackoff().toMillis());
    double spread = 1.0 + settings.jitter() * (2 * random.getAsDouble() - 1);
    return Duration.ofMillis(Math.max(1, Math.round(capped * spread)));
  }
}
