package io.github.nvfetch.bench.internal.startup;

import io.github.nvfetch.testkit.LoggedRequest;
import io.github.nvfetch.testkit.ReplicaRoute;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The milestones of one short harvest, in seconds since the launch (the child JVM's start, or the
 * client's creation in-process), read from the replica's request log: every figure is server-side
 * except the launch and the exit, which the benchmark takes around the child process.
 *
 * @param firstRequest the first request of any kind arrived
 * @param firstListPage the first collection-list page was answered
 * @param firstImagePage the first page of a collection's images was answered
 * @param firstFileRequest the first image file request arrived
 * @param steadyState the file requests in flight (answered 200) first reached the concurrency (NaN
 *     if never)
 * @param lastFileAnswered the last image file answered 200 was sent whole
 * @param exit the process exited (or {@code fetch} completed in-process)
 * @param filesAnswered image file requests answered 200
 * @param meanFileSeconds their mean server time
 * @param filesInFlightMean total file server time / (last file - first file request)
 * @param rejected requests answered 503 by the replica's nginx limits
 */
public record Timeline(
    double firstRequest,
    double firstListPage,
    double firstImagePage,
    double firstFileRequest,
    double steadyState,
    double lastFileAnswered,
    double exit,
    long filesAnswered,
    double meanFileSeconds,
    double filesInFlightMean,
    long rejected) {

  /** Reads the milestones of a run launched at {@code launch} that ended at {@code end}. */
  public static Timeline of(List<LoggedRequest> log, Instant launch, Instant end, int concurrency) {
    List<LoggedRequest> files =
        log.stream().filter(r -> isRoute(r, ReplicaRoute.MEDIA_FILE)).toList();
    List<LoggedRequest> answered = files.stream().filter(r -> r.status() == 200).toList();
    double fileTotal = answered.stream().mapToDouble(r -> seconds(r.duration())).sum();
    double firstFile =
        files.stream().mapToDouble(r -> since(launch, r.start())).min().orElse(Double.NaN);
    double lastFile =
        answered.stream().mapToDouble(r -> since(launch, end(r))).max().orElse(Double.NaN);
    return new Timeline(
        log.stream().mapToDouble(r -> since(launch, r.start())).min().orElse(Double.NaN),
        firstAnswered(log, ReplicaRoute.COLLECTION_LIST, launch),
        firstAnswered(log, ReplicaRoute.COLLECTION_IMAGES, launch),
        firstFile,
        steadyState(answered, launch, concurrency),
        lastFile,
        since(launch, end),
        answered.size(),
        answered.isEmpty() ? Double.NaN : fileTotal / answered.size(),
        lastFile > firstFile ? fileTotal / (lastFile - firstFile) : Double.NaN,
        log.stream().filter(r -> r.status() == 503).count());
  }

  /** The wall time from launch to exit. */
  public double wall() {
    return exit;
  }

  private static double firstAnswered(List<LoggedRequest> log, ReplicaRoute route, Instant launch) {
    return log.stream()
        .filter(r -> isRoute(r, route) && r.status() == 200)
        .mapToDouble(r -> since(launch, end(r)))
        .min()
        .orElse(Double.NaN);
  }

  /** The first moment at which {@code concurrency} file requests were in flight at the replica. */
  private static double steadyState(List<LoggedRequest> files, Instant launch, int concurrency) {
    List<double[]> edges = new ArrayList<>();
    for (LoggedRequest r : files) {
      edges.add(new double[] {since(launch, r.start()), 1});
      edges.add(new double[] {since(launch, end(r)), -1});
    }
    edges.sort(Comparator.<double[]>comparingDouble(e -> e[0]).thenComparingDouble(e -> e[1]));
    int inFlight = 0;
    for (double[] edge : edges) {
      inFlight += (int) edge[1];
      if (inFlight >= concurrency) {
        return edge[0];
      }
    }
    return Double.NaN;
  }

  private static boolean isRoute(LoggedRequest r, ReplicaRoute route) {
    return route.wireName().equals(r.route());
  }

  private static Instant end(LoggedRequest r) {
    return r.start().plus(r.duration());
  }

  private static double since(Instant launch, Instant t) {
    return seconds(Duration.between(launch, t));
  }

  private static double seconds(Duration d) {
    return d.toNanos() / 1e9;
  }
}
