package io.github.nvfetch.bench.reliability;

import io.github.nvfetch.testkit.ReplicaStats;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a replica counted over one or more lives (a killed server and its successor are summed).
 *
 * @param requests requests received
 * @param faultsInjected injected faults per kind, as the replica names them ({@code server_error},
 *     {@code reset_mid_body}, {@code short_body}, {@code too_many_requests}, ...)
 * @param limiterRejections 503 answers of the nginx-like limiter
 * @param tooManyRequests answers with status 429
 * @param serverErrors answers with status 500, 502 or 504
 * @param serverKills times the server was stopped under a running harvest
 */
public record ReplicaFigures(
    long requests,
    Map<String, Long> faultsInjected,
    long limiterRejections,
    long tooManyRequests,
    long serverErrors,
    int serverKills) {

  /** Copies the map into a sorted, unmodifiable one. */
  public ReplicaFigures {
    faultsInjected = java.util.Collections.unmodifiableMap(new TreeMap<>(faultsInjected));
  }

  /** Nothing at all (a run that sent no request). */
  public static final ReplicaFigures NONE = new ReplicaFigures(0, Map.of(), 0, 0, 0, 0);

  /** The sum of the counters of several server lives. */
  public static ReplicaFigures sum(List<ReplicaStats> lives, int serverKills) {
    long requests = 0;
    long limiter = 0;
    long throttled = 0;
    long errors = 0;
    Map<String, Long> injected = new TreeMap<>();
    for (ReplicaStats s : lives) {
      requests += s.requestsTotal();
      limiter += s.limiterRejections();
      throttled += s.requestsWithStatus(429);
      errors += s.requestsWithStatus(500) + s.requestsWithStatus(502) + s.requestsWithStatus(504);
      s.faultsInjected().forEach((kind, n) -> injected.merge(kind, n, Long::sum));
    }
    return new ReplicaFigures(requests, injected, limiter, throttled, errors, serverKills);
  }

  /** This and {@code other} added up. */
  public ReplicaFigures plus(ReplicaFigures other) {
    Map<String, Long> injected = new TreeMap<>(faultsInjected);
    other.faultsInjected.forEach((kind, n) -> injected.merge(kind, n, Long::sum));
    return new ReplicaFigures(
        requests + other.requests,
        injected,
        limiterRejections + other.limiterRejections,
        tooManyRequests + other.tooManyRequests,
        serverErrors + other.serverErrors,
        serverKills + other.serverKills);
  }

  /** Injected faults of one kind. */
  public long injected(String kind) {
    return faultsInjected.getOrDefault(kind, 0L);
  }

  /** Every fault the harvest had to survive: injected ones, limiter 503s and server kills. */
  public long faultsTotal() {
    return faultsInjected.values().stream().mapToLong(Long::longValue).sum()
        + limiterRejections
        + serverKills;
  }
}
