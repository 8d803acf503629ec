package io.github.nvfetch.reactor;

import io.github.nvfetch.core.NeuroVaultException;
import java.net.URI;

/**
 * A successful HTTP answer whose body is not what the API promises: invalid JSON, or a page without
 * {@code results}/{@code count}. Pages are re-requested before this reaches the caller.
 */
public class MalformedResponseException extends NeuroVaultException {

  private final URI uri;

  /** Creates the exception. */
  public MalformedResponseException(URI uri, String message, Throwable cause) {
    super(uri + ": " + message, cause);
    this.uri = uri;
  }

  /** The requested address. */
  public URI uri() {
    return uri;
  }
}
