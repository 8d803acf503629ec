package io.github.nvfetch.reactor.internal.resilience;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.nvfetch.core.store.CorruptFileException;
import io.github.nvfetch.reactor.HttpStatusException;
import io.github.nvfetch.reactor.MalformedResponseException;
import io.github.nvfetch.reactor.TransportException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.netty.handler.codec.TooLongFrameException;
import java.util.Set;

/**
 * Which failures are worth another attempt, and which count against a server's health. The budgets
 * that use these predicates are in {@link FailureTable}.
 */
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
    return t instanceof TransportException
        || t instanceof MalformedResponseException
        || t instanceof CallNotPermittedException;
  }

  /**
   * What, once every retry is spent, means the server is not answering: I/O failures, 5xx, 408, 429
   * and an open circuit breaker. A garbled document is a bad record, and a deterministic failure
   * (such as an oversized header) a bad response, not an outage.
   */
  public static boolean isOutage(Throwable t) {
    return isTransientOrServerError(t)
        && !(t instanceof MalformedResponseException)
        && !isDeterministic(t);
  }

  /** {@link #isTransient} or a 500, which NeuroVault answers on passing backend failures. */
  public static boolean isTransientOrServerError(Throwable t) {
    return isTransient(t)
        || (t instanceof HttpStatusException && ((HttpStatusException) t).status() == 500);
  }

  /**
   * What a circuit breaker records as the server being down: I/O failures, and 502/504 (the proxy
   * cannot reach the application). Throttling (503 from nginx's limiter, 429, 408), a 500 (an
   * application error, typically one bad record) and client errors do not count.
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
        && (status.status() == 429 || (status.status() == 503 && status.retryAfter().isEmpty()));
  }

  /**
   * A failure that the same request would meet again: a body the parser's limits refuse (JSON
   * nested or sized beyond them), a document over its size limit or without the structure the API
   * promises (a {@link MalformedResponseException} without a parser cause), a response header over
   * the client's limit, and a file that failed the gzip/NIfTI check. Never retried.
   */
  public static boolean isDeterministic(Throwable t) {
    if (t instanceof CorruptFileException || isOversizedHeader(t)) {
      return true;
    }
    if (t instanceof MalformedResponseException) {
      return t.getCause() == null || causedBy(t, StreamConstraintsException.class);
    }
    return false;
  }

  /** A response whose header or initial line exceeds the client's limit. */
  public static boolean isOversizedHeader(Throwable t) {
    return causedBy(t, TooLongFrameException.class);
  }

  private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
    int depth = 0;
    for (Throwable c = t; c != null && depth < 16; c = c.getCause(), depth++) {
      if (type.isInstance(c)) {
        return true;
      }
    }
    return false;
  }

  /** A downloaded body that failed the gzip/NIfTI check. */
  public static boolean isCorruptBody(Throwable t) {
    return t instanceof CorruptFileException;
  }
}
