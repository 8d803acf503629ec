package io.github.nvfetch.reactor.internal.http;

import java.net.URI;
import java.util.Locale;

/**
 * The origin of a URL as browsers define it: scheme, host and port (the scheme's default port when
 * none is given). Credentials go to one origin only.
 *
 * @param scheme lower-case scheme
 * @param host lower-case host
 * @param port the port, explicit or default
 */
record Origin(String scheme, String host, int port) {

  /** The origin of {@code uri}. */
  public static Origin of(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    int port = uri.getPort() >= 0 ? uri.getPort() : defaultPort(scheme);
    return new Origin(scheme, host, port);
  }

  private static int defaultPort(String scheme) {
    return switch (scheme) {
      case "http" -> 80;
      case "https" -> 443;
      default -> -1;
    };
  }

  /** Whether {@code uri} has exactly this origin. */
  public boolean matches(URI uri) {
    return equals(of(uri));
  }
}
