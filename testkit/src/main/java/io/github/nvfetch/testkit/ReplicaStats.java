package io.github.nvfetch.testkit;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * A snapshot of the replica's counters since start or the last reset, with the same figures as
 * {@code GET /_replica/stats}. Requests to {@code /_replica/} are never counted.
 *
 * @param since when counting started (server start or last reset)
 * @param requestsTotal requests received
 * @param requestsByRoute requests per route name ({@link ReplicaRoute#wireName()})
 * @param requestsByStatus answers per status code, as a decimal string ("200"); 0 = connection
 *     broken before a status was chosen
 * @param peakConnections the most TCP connections open at the same time
 * @param openConnections TCP connections open now
 * @param peakInFlight the most requests being handled at the same time
 * @param inFlight requests being handled now
 * @param peakRequestsPerSecond the most requests that arrived within any sliding one-second window
 *     (half-open interval {@code (t - 1 s, t]}, evaluated at every arrival)
 * @param limiterRejections 503 answers sent by the nginx-like limiter (both kinds)
 * @param rateLimitRejections of which by {@code limit_req}
 * @param inFlightRejections of which by {@code limit_conn}
 * @param bytesSent body bytes written (headers excluded; partial bodies counted as sent)
 * @param faultsInjected injected faults per kind (e.g. {@code server_error}, {@code
 *     reset_mid_body})
 */
public record ReplicaStats(
    Instant since,
    long requestsTotal,
    Map<String, Long> requestsByRoute,
    Map<String, Long> requestsByStatus,
    long peakConnections,
    long openConnections,
    long peakInFlight,
    long inFlight,
    long peakRequestsPerSecond,
    long limiterRejections,
    long rateLimitRejections,
    long inFlightRejections,
    long bytesSent,
    Map<String, Long> faultsInjected) {

  /** Copies the maps into sorted, unmodifiable ones. */
  public ReplicaStats {
    requestsByRoute = Map.copyOf(requestsByRoute);
    requestsByStatus = Map.copyOf(requestsByStatus);
    faultsInjected = Map.copyOf(faultsInjected);
  }

  /** The number of answers with a status, 0 if none. */
  public long requestsWithStatus(int status) {
    return requestsByStatus.getOrDefault(Integer.toString(status), 0L);
  }

  /** The number of requests to a route, 0 if none. */
  public long requestsTo(ReplicaRoute route) {
    return requestsByRoute.getOrDefault(route.wireName(), 0L);
  }

  /** The requests per route, sorted by name. */
  public Map<String, Long> sortedRequestsByRoute() {
    return new TreeMap<>(requestsByRoute);
  }
}
