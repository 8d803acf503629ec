package io.github.nvfetch.testkit.internal.stats;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.nvfetch.testkit.ReplicaStats;
import java.util.Map;
import java.util.TreeMap;

/** The JSON form of {@link ReplicaStats} served at {@code /_replica/stats}. */
public final class StatsJson {

  private StatsJson() {}

  /** Converts a snapshot. */
  public static ObjectNode of(ReplicaStats s) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("since", s.since().toString());
    node.put("requests_total", s.requestsTotal());
    node.set("requests_by_route", map(s.requestsByRoute()));
    node.set("requests_by_status", map(s.requestsByStatus()));
    node.put("peak_connections", s.peakConnections());
    node.put("open_connections", s.openConnections());
    node.put("peak_in_flight", s.peakInFlight());
    node.put("in_flight", s.inFlight());
    node.put("peak_requests_per_second", s.peakRequestsPerSecond());
    node.put(
        "peak_requests_per_second_window",
        "sliding: most arrivals within any interval (t - 1 s, t]");
    node.put("limiter_rejections", s.limiterRejections());
    node.put("limiter_rejections_rate", s.rateLimitRejections());
    node.put("limiter_rejections_in_flight", s.inFlightRejections());
    node.put("bytes_sent", s.bytesSent());
    node.set("faults_injected", map(s.faultsInjected()));
    return node;
  }

  private static ObjectNode map(Map<String, Long> values) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    new TreeMap<>(values).forEach(node::put);
    return node;
  }
}
