package io.github.nvfetch.testkit.internal.http;

import io.github.nvfetch.testkit.ReplicaRoute;

/**
 * A request path matched to a route.
 *
 * @param route the route (null for the replica's own {@code /_replica/} routes)
 * @param control for {@code /_replica/} routes: {@code "stats"} or {@code "reset"}; else null
 * @param id the collection or image reference in the path (decoded), or null
 * @param mediaPath for media files: the decoded path below {@code /media/images/<ref>/}; else null
 * @param redirectTo for redirects: the slashed raw path; else null
 */
public record ResolvedRoute(
    ReplicaRoute route, String control, String id, String mediaPath, String redirectTo) {

  /** A plain route with an optional id. */
  static ResolvedRoute of(ReplicaRoute route, String id) {
    return new ResolvedRoute(route, null, id, null, null);
  }

  /**
   * Whether this is one of the replica's own control routes (never counted, limited or faulted).
   */
  public boolean isControl() {
    return control != null;
  }
}
