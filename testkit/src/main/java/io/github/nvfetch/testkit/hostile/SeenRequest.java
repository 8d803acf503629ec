package io.github.nvfetch.testkit.hostile;

import java.util.Map;
import java.util.Optional;

/**
 * A request a {@link HostileServer} received.
 *
 * @param target the request target (path and query)
 * @param headers the request headers, names in lower case
 */
public record SeenRequest(String target, Map<String, String> headers) {

  /** Copies the headers. */
  public SeenRequest {
    headers = Map.copyOf(headers);
  }

  /** A header's value (name in any case). */
  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name.toLowerCase(java.util.Locale.ROOT)));
  }
}
