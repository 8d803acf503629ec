package io.github.nvfetch.reactor;

import java.net.URI;

/**
 * HTTP 401 or 403: the resource is private (NeuroVault answers 403 for a private collection
 * requested by id). Not retried; configure an API token to read your own private collections.
 */
public class ForbiddenException extends HttpStatusException {

  /** Creates the exception. */
  public ForbiddenException(int status, URI uri, String detail) {
    super(status, uri, detail, null);
  }
}
