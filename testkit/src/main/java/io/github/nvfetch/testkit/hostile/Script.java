package io.github.nvfetch.testkit.hostile;

import java.io.IOException;

/**
 * What a {@link HostileServer} writes for one request: raw bytes of HTTP/1.1, legal or not. A
 * script that returns normally leaves the connection open for the next request (keep-alive) unless
 * it called {@link Exchange#closeAfter()}.
 */
@FunctionalInterface
public interface Script {

  /** Writes the response (or whatever the script wants to write) to {@code exchange}. */
  void respond(Exchange exchange) throws IOException;
}
