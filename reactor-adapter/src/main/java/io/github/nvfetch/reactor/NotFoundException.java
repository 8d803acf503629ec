package io.github.nvfetch.reactor;

import java.net.URI;

/** HTTP 404: the collection, image or file does not exist (or is not public). Not retried. */
public class NotFoundException extends HttpStatusException {

  /** Creates the exception. */
  public NotFoundException(URI uri, String detail) {
    super(404, uri, detail, null);
  }
}
