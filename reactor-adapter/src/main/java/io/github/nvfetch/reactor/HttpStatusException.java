package io.github.nvfetch.reactor;

import io.github.nvfetch.core.NeuroVaultException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A server answered with an HTTP status that is not a success. 408, 429, 502, 503 and 504 are
 * retried by the client before this reaches the caller; {@link #retryAfter()} carries the server's
 * {@code Retry-After}, when it sent one.
 */
public class HttpStatusException extends NeuroVaultException {

  private final int status;
  private final URI uri;
  private final @Nullable Duration retryAfter;

  /** Creates the exception. */
  public HttpStatusException(
      int status, URI uri, @Nullable String detail, @Nullable Duration retryAfter) {
    super(
        uri
            + " answered HTTP "
            + status
            + (detail == null || detail.isBlank() ? "" : ": " + detail));
    this.status = status;
    this.uri = uri;
    this.retryAfter = retryAfter;
  }

  /** The HTTP status code. */
  public int status() {
    return status;
  }

  /** The requested address. */
  public URI uri() {
    return uri;
  }

  /** How long the server asked to wait before retrying, when it said so. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
