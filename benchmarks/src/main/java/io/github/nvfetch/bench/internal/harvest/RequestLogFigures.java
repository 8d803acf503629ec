package io.github.nvfetch.bench.internal.harvest;

import io.github.nvfetch.testkit.LoggedRequest;
import io.github.nvfetch.testkit.ReplicaRoute;
import io.github.nvfetch.testkit.RouteClass;
import java.util.Arrays;
import java.util.List;

/**
 * What the replica's request log says about a harvest: how many page and file requests were
 * answered, how long the server took for them, and how many files were in flight on average.
 *
 * @param pageRequests list-page requests answered 200
 * @param fileRequests file requests answered 200 (surplus downloads cancelled at {@code maxImages}
 *     included)
 * @param meanPageSeconds mean server time of those page requests (arrival to end of response)
 * @param meanFileSeconds mean server time of those file requests
 * @param meanFilesInFlight total server time of file requests divided by the wall time
 */
public record RequestLogFigures(
    long pageRequests,
    long fileRequests,
    double meanPageSeconds,
    double meanFileSeconds,
    double meanFilesInFlight) {

  /** Summarises a request log covering a run of {@code wallSeconds}. */
  public static RequestLogFigures of(List<LoggedRequest> log, double wallSeconds) {
    double[] pages = seconds(log, RouteClass.API_PAGE);
    double[] files = seconds(log, RouteClass.FILE);
    double fileTotal = Arrays.stream(files).sum();
    return new RequestLogFigures(
        pages.length,
        files.length,
        mean(pages),
        mean(files),
        wallSeconds > 0 ? fileTotal / wallSeconds : 0);
  }

  private static double[] seconds(List<LoggedRequest> log, RouteClass routeClass) {
    return log.stream()
        .filter(r -> r.status() == 200 && routeClass(r.route()) == routeClass)
        .mapToDouble(r -> r.duration().toNanos() / 1e9)
        .toArray();
  }

  private static RouteClass routeClass(String wireName) {
    for (ReplicaRoute route : ReplicaRoute.values()) {
      if (route.wireName().equals(wireName)) {
        return route.routeClass();
      }
    }
    return null;
  }

  private static double mean(double[] values) {
    return values.length == 0 ? 0 : Arrays.stream(values).sum() / values.length;
  }
}
