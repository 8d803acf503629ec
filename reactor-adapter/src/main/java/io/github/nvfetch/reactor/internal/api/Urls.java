package io.github.nvfetch.reactor.internal.api;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** Small helpers to build and adjust API addresses. */
public final class Urls {

  private Urls() {}

  /** {@code base} + {@code path}, keeping any path prefix of the base. */
  public static URI resolve(URI base, String path) {
    String prefix = base.getRawPath() == null ? "" : base.getRawPath();
    if (prefix.endsWith("/")) {
      prefix = prefix.substring(0, prefix.length() - 1);
    }
    return URI.create(base.getScheme() + "://" + base.getRawAuthority() + prefix + path);
  }

  /** The address with the query parameters set (others kept, order kept, new ones appended). */
  public static URI withQuery(URI uri, Map<String, String> params) {
    Map<String, String> query = query(uri);
    query.putAll(params);
    StringBuilder out = new StringBuilder();
    query.forEach(
        (k, v) ->
            out.append(out.length() == 0 ? "" : "&")
                .append(encode(k))
                .append('=')
                .append(encode(v)));
    String base = uri.toString();
    int q = base.indexOf('?');
    return URI.create((q < 0 ? base : base.substring(0, q)) + (out.length() == 0 ? "" : "?" + out));
  }

  /** The query parameters, decoded, in order. */
  public static Map<String, String> query(URI uri) {
    Map<String, String> params = new LinkedHashMap<>();
    String raw = uri.getRawQuery();
    if (raw == null || raw.isEmpty()) {
      return params;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      params.put(decode(key), decode(value));
    }
    return params;
  }

  /** A numeric query parameter. */
  public static OptionalLong longParam(URI uri, String name) {
    String value = query(uri).get(name);
    try {
      return value == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(value));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  /**
   * A link the server sent, pointed at the configured base when it names the same host: the live
   * service writes {@code http://} links although it is served over https, and following them as-is
   * costs a redirect. Links to another host are refused (empty).
   */
  public static Optional<URI> sameHostLink(URI base, String link) {
    if (link == null || link.isBlank()) {
      return Optional.empty();
    }
    URI uri = base.resolve(link.trim());
    if (uri.getHost() == null || !uri.getHost().equalsIgnoreCase(base.getHost())) {
      return Optional.empty();
    }
    String rest = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    return Optional.of(URI.create(base.getScheme() + "://" + base.getRawAuthority() + rest));
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }
}
