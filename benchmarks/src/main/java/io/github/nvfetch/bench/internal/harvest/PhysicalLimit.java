package io.github.nvfetch.bench.internal.harvest;

import io.github.nvfetch.testkit.Faults;
import io.github.nvfetch.testkit.RouteClass;
import java.util.Locale;

/**
 * The most images per second a scenario can reach against the replica's limits, whatever the client
 * does: {@code min(rate bound, concurrency bound)}.
 *
 * <ul>
 *   <li>rate bound = {@code min(server rate, client rate) / (1 + p)}: every image costs one file
 *       request plus {@code p} list-page requests (p = pages answered / images fetched, measured);
 *   <li>concurrency bound, concurrent clients = {@code C / L_file}: C = files in flight at most
 *       ({@code min(downloads, server in-flight limit)}), {@code L_file} = the mean configured file
 *       latency; pages travel on another connection, in parallel with the files;
 *   <li>concurrency bound, one request at a time = {@code 1 / (L_file + p * L_page)}: pages and
 *       files in series.
 * </ul>
 *
 * @param rateBound images/s allowed by the request rates
 * @param concurrencyBound images/s allowed by the requests in flight and their latency
 * @param formula the bounds with the numbers used
 */
public record PhysicalLimit(double rateBound, double concurrencyBound, String formula) {

  /** The limit: the smaller bound. */
  public double value() {
    return Math.min(rateBound, concurrencyBound);
  }

  /**
   * Computes the limit of a scenario.
   *
   * @param scenario the client settings used
   * @param faults the replica's limits and latencies
   * @param pagesPerImage list-page requests per fetched image, measured
   */
  public static PhysicalLimit of(HarvestScenario scenario, Faults faults, double pagesPerImage) {
    double serverRate =
        faults.rateLimitPerSecond() > 0 ? faults.rateLimitPerSecond() : Double.POSITIVE_INFINITY;
    double rate = Math.min(serverRate, scenario.requestsPerSecond());
    double rateBound = rate / (1 + pagesPerImage);
    double file = meanSeconds(faults, RouteClass.FILE);
    double page = meanSeconds(faults, RouteClass.API_PAGE);
    String rateText =
        String.format(Locale.ROOT, "rate %s/(1+%.3f)=%.2f", trim(rate), pagesPerImage, rateBound);
    if (scenario.singleConnection()) {
      double bound = 1 / (file + pagesPerImage * page);
      return new PhysicalLimit(
          rateBound,
          bound,
          String.format(
              Locale.ROOT,
              "min(%s, 1/(%.2fs+%.3f*%.2fs)=%.2f)",
              rateText,
              file,
              pagesPerImage,
              page,
              bound));
    }
    int serverInFlight =
        faults.maxInFlightPerClient() > 0 ? faults.maxInFlightPerClient() : Integer.MAX_VALUE;
    int inFlight = Math.min(scenario.downloadConcurrency(), serverInFlight);
    double bound = inFlight / file;
    return new PhysicalLimit(
        rateBound,
        bound,
        String.format(Locale.ROOT, "min(%s, %d/%.2fs=%.2f)", rateText, inFlight, file, bound));
  }

  private static double meanSeconds(Faults faults, RouteClass routeClass) {
    return faults.latency(routeClass).base().toNanos() / 1e9 * faults.latencyScale();
  }

  private static String trim(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
