package io.github.nvfetch.reactor;

import io.github.nvfetch.core.NeuroVaultException;
import java.net.URI;

/**
 * The request did not get a complete answer: connection refused or reset, timeout, a body shorter
 * than its {@code Content-Length}. Retried by the client before it reaches the caller.
 */
public class TransportException extends NeuroVaultException {

  private final URI uri;

  /** Creates the exception. */
  public TransportException(URI uri, String message, Throwable cause) {
    super(uri + ": " + message, cause);
    this.uri = uri;
  }

  /** The requested address. */
  public URI uri() {
    return uri;
  }
}
