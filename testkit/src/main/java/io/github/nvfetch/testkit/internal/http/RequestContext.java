package io.github.nvfetch.testkit.internal.http;

/**
 * What the endpoints need to know about one request.
 *
 * @param method the HTTP method
 * @param target the request target
 * @param query the parsed query
 * @param route the matched route
 * @param linkBase scheme and authority for emitted links, e.g. {@code http://127.0.0.1:8080}
 * @param caller who is calling
 */
public record RequestContext(
    String method,
    RequestTarget target,
    QueryString query,
    ResolvedRoute route,
    String linkBase,
    Caller caller) {

  /** Whether the method reads (GET or HEAD). */
  public boolean isRead() {
    return method.equals("GET") || method.equals("HEAD");
  }
}
