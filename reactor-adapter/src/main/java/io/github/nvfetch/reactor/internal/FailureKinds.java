package io.github.nvfetch.reactor.internal;

import io.github.nvfetch.core.store.CorruptFileException;
import io.github.nvfetch.reactor.HttpStatusException;
import io.github.nvfetch.reactor.MalformedResponseException;
import io.github.nvfetch.reactor.TransportException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.util.Set;

/** Which failures are worth another attempt, and which count against a server's health. */
public final class FailureKinds {

  private static final Set<Integer> RETRYABLE_STATUS = Set.of(408, 429, 502, 503, 504);
  private static final Set<Integer> UNHEALTHY_STATUS = Set.of(502, 504);

  private FailureKinds() {}

  /**
   * I/O failures, 408, 429, 502, 503, 504, a garbled body, and an open circuit breaker (which
   * closes again after a while) are transient.
   */
  public static boolean isTransient(Throwable t) {
    if (t instanceof HttpStatusException) {
      return RETRYABLE_STATUS.contains(((HttpStatusException) t).status());
    }
    return t instanceof TransportException || t instanceof MalformedResponseException
        || t instanceof CallNotPermittedException;
  }

  /**
   * What, once every retry is spent, means the server is not answering: I/O failures, 5xx,
   * 408, 429 and an open circuit breaker. A garbled document is a bad record, not an outage.
   */
  public static boolean isOutage(Throwable t) {
    return isTransientOrServerError(t) && !(t instanceof MalformedResponseException);
  }

  /** {@link #isTransient} or a 500, which NeuroVault answers on passing backend failures. */
  public static boolean isTransientOrServerError(Throwable t) {
    return isTransient(t)
        || t instanceof HttpStatusException && ((HttpStatusException) t).status() == 500;
  }

  /**
   * What a circuit breaker records as the server being down: I/O failures, and 502/504 (the
   * proxy cannot reach the application). Throttling (503 from nginx's limiter, 429, 408), a 500
   * (an application error, typically one bad record) and client errors do not count.
   */
  public static boolean isServerFailure(Throwable t) {
    if (t instanceof HttpStatusException) {
      return UNHEALTHY_STATUS.contains(((HttpStatusException) t).status());
    }
    return t instanceof TransportException;
  }

  /**
   * The server asked us to slow down: a 429, or a 503 without {@code Retry-After} (what nginx's
   * limiter answers).
   */
  public static boolean isThrottling(Throwable t) {
    return t instanceof HttpStatusException status
        && (status.status() == 429 || status.status() == 503 && status.retryAfter().isEmpty());
  }

  /** A downloaded body that failed the gzip/NIfTI check. */
  public static boolean isCorruptBody(Throwable t) {
    return t instanceof CorruptFileException;
  }
}
