package io.github.nvfetch.testkit;

/** Classes of routes that faults (latency, error injection) are configured for. */
public enum RouteClass {
  /**
   * Paginated API lists: {@code /api/collections/}, {@code /api/images/}, {@code
   * /api/collections/{id}/images/}.
   */
  API_PAGE,
  /**
   * Single API records, redirects and API errors: {@code /api/collections/{id}/}, {@code
   * /api/images/{id}/}, ....
   */
  API_RECORD,
  /** Image files under {@code /media/images/}. */
  FILE,
  /** The Neurosynth decode routes. */
  NEUROSYNTH
}
