package io.github.nvfetch.bench.internal.harvest;

import io.github.nvfetch.bench.internal.Fmt;
import io.github.nvfetch.bench.internal.TextTable;
import java.util.ArrayList;
import java.util.List;

/**
 * The tables of the throughput benchmark: results per scenario, and the limit of each with its
 * inputs.
 */
public final class ThroughputTable {

  private ThroughputTable() {}

  /**
   * One row per scenario: images, wall time, rates, limit, ratio, replica counters, retries,
   * speed-up.
   */
  public static TextTable results(List<ScenarioResult> results, ScenarioResult baseline) {
    TextTable table =
        new TextTable(
            List.of(
                "scenario",
                "images",
                "wall s",
                "images/s",
                "limit/s",
                "of limit",
                "503s",
                "peak conns",
                "peak req/s",
                "retries",
                "failed",
                "speed-up vs sequential"));
    for (ScenarioResult r : results) {
      table.row(
          List.of(
              r.scenario().name(),
              Fmt.count(r.fetched()),
              Fmt.num(r.wallSeconds(), 1),
              Fmt.num(r.imagesPerSecond(), 3),
              Fmt.num(r.limit().value(), 3),
              Fmt.percent(r.ratioToLimit()),
              Fmt.count(r.stats().limiterRejections()),
              Long.toString(r.stats().peakConnections()),
              Long.toString(r.stats().peakRequestsPerSecond()),
              Fmt.count(r.retries()),
              Fmt.count(r.failed()),
              Fmt.num(r.imagesPerSecond() / baseline.imagesPerSecond(), 2) + "x"));
    }
    return table;
  }

  /** One row per scenario: settings, the limit's formula, and what the server saw. */
  public static TextTable limits(List<ScenarioResult> results) {
    TextTable table =
        new TextTable(
            List.of(
                "scenario",
                "settings",
                "limit = min(rate bound, concurrency bound)",
                "pages/image",
                "server mean file s",
                "server mean page s",
                "files in flight (mean)",
                "peak in-flight"));
    for (ScenarioResult r : results) {
      List<String> row = new ArrayList<>();
      row.add(r.scenario().name());
      row.add(r.scenario().description());
      row.add(r.limit().formula());
      row.add(Fmt.num(r.fetched() == 0 ? 0 : (double) r.log().pageRequests() / r.fetched(), 3));
      row.add(Fmt.num(r.log().meanFileSeconds(), 3));
      row.add(Fmt.num(r.log().meanPageSeconds(), 3));
      row.add(Fmt.num(r.log().meanFilesInFlight(), 2));
      row.add(Long.toString(r.stats().peakInFlight()));
      table.row(row);
    }
    return table;
  }
}
