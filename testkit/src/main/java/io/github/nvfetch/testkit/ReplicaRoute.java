package io.github.nvfetch.testkit;

/** The routes of the replica, as named in the request log and in {@code /_replica/stats}. */
public enum ReplicaRoute {
  /** {@code GET /api/collections/}. */
  COLLECTION_LIST("collection_list", RouteClass.API_PAGE),
  /** {@code GET /api/collections/{id}/}. */
  COLLECTION_DETAIL("collection_detail", RouteClass.API_RECORD),
  /** {@code GET /api/collections/{id}/images/}. */
  COLLECTION_IMAGES("collection_images", RouteClass.API_PAGE),
  /** {@code GET /api/images/}. */
  IMAGE_LIST("image_list", RouteClass.API_PAGE),
  /** {@code GET /api/images/{id}/}. */
  IMAGE_DETAIL("image_detail", RouteClass.API_RECORD),
  /** {@code GET /media/images/{cid}/{file}}. */
  MEDIA_FILE("media_file", RouteClass.FILE),
  /** {@code GET /api/decode/?neurovault=} and {@code /api/v2/decode/?neurovault=}. */
  NEUROSYNTH_DECODE("neurosynth_decode", RouteClass.NEUROSYNTH),
  /** A slashless API path answered with a 301 to the slashed path. */
  REDIRECT("redirect", RouteClass.API_RECORD),
  /** Any path the replica does not serve (answered 404). */
  UNMATCHED("unmatched", RouteClass.API_RECORD);

  private final String wireName;
  private final RouteClass routeClass;

  ReplicaRoute(String wireName, RouteClass routeClass) {
    this.wireName = wireName;
    this.routeClass = routeClass;
  }

  /** The name used in the request log and as key of {@code requests_by_route}. */
  public String wireName() {
    return wireName;
  }

  /** The class of the route, which selects its latency and error faults. */
  public RouteClass routeClass() {
    return routeClass;
  }
}
