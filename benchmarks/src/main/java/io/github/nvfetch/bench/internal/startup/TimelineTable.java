package io.github.nvfetch.bench.internal.startup;

import io.github.nvfetch.bench.internal.Fmt;
import io.github.nvfetch.bench.internal.TextTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/** The tables of the start-up timeline: every run, and the medians per launcher. */
public final class TimelineTable {

  private static final List<String> MILESTONES =
      List.of(
          "first request s",
          "first list page s",
          "first image page s",
          "first file request s",
          "steady state (9 in flight) s",
          "last file s",
          "exit s");

  private TimelineTable() {}

  /** Every run, in the order run. */
  public static TextTable runs(List<TimelineResult> results) {
    List<String> headers = new ArrayList<>(List.of("launcher", "run", "exit code"));
    headers.addAll(MILESTONES);
    headers.addAll(List.of("files", "server mean file s", "files in flight", "503s"));
    TextTable table = new TextTable(headers);
    for (TimelineResult r : results) {
      Timeline t = r.timeline();
      List<String> row =
          new ArrayList<>(
              List.of(r.launcher(), Integer.toString(r.run()), Integer.toString(r.exitCode())));
      row.addAll(milestones(t));
      row.addAll(
          List.of(
              Long.toString(t.filesAnswered()),
              s(t.meanFileSeconds()),
              s(t.filesInFlightMean()),
              Long.toString(t.rejected())));
      table.row(row);
    }
    return table;
  }

  /**
   * Medians per launcher, with the ratios to the limit and to nilearn (the median of nilearn's
   * runs).
   */
  public static TextTable medians(
      List<TimelineResult> results, int concurrency, Optional<String> nilearn) {
    Map<String, List<TimelineResult>> byLauncher = new LinkedHashMap<>();
    results.forEach(r -> byLauncher.computeIfAbsent(r.launcher(), k -> new ArrayList<>()).add(r));
    double nilearnRate =
        nilearn
            .map(byLauncher::get)
            .map(runs -> median(runs, TimelineResult::imagesPerSecond))
            .orElse(Double.NaN);
    List<String> headers = new ArrayList<>(List.of("launcher", "runs"));
    headers.addAll(MILESTONES);
    headers.addAll(List.of("images/s", "limit s", "of limit", "vs nilearn"));
    TextTable table = new TextTable(headers);
    byLauncher.forEach(
        (name, runs) -> {
          boolean isNilearn = nilearn.filter(name::equals).isPresent();
          List<String> row = new ArrayList<>(List.of(name, Integer.toString(runs.size())));
          row.addAll(
              milestones(
                  new Timeline(
                      median(runs, r -> r.timeline().firstRequest()),
                      median(runs, r -> r.timeline().firstListPage()),
                      median(runs, r -> r.timeline().firstImagePage()),
                      median(runs, r -> r.timeline().firstFileRequest()),
                      median(runs, r -> r.timeline().steadyState()),
                      median(runs, r -> r.timeline().lastFileAnswered()),
                      median(runs, r -> r.timeline().wall()),
                      0,
                      0,
                      0,
                      0)));
          double limit = median(runs, r -> r.limitSeconds(concurrency));
          double wall = median(runs, r -> r.timeline().wall());
          row.add(Fmt.num(median(runs, TimelineResult::imagesPerSecond), 3));
          row.add(isNilearn ? "-" : s(limit));
          row.add(isNilearn ? "-" : Fmt.percent(limit / wall));
          row.add(
              Double.isNaN(nilearnRate)
                  ? "-"
                  : Fmt.num(median(runs, TimelineResult::imagesPerSecond) / nilearnRate, 2) + "x");
          table.row(row);
        });
    return table;
  }

  private static List<String> milestones(Timeline t) {
    return List.of(
        s(t.firstRequest()),
        s(t.firstListPage()),
        s(t.firstImagePage()),
        s(t.firstFileRequest()),
        s(t.steadyState()),
        s(t.lastFileAnswered()),
        s(t.exit()));
  }

  /** The median of a figure over runs (NaN values ignored; NaN if none). */
  static double median(List<TimelineResult> runs, ToDoubleFunction<TimelineResult> figure) {
    double[] values =
        runs.stream().mapToDouble(figure).filter(v -> !Double.isNaN(v)).sorted().toArray();
    if (values.length == 0) {
      return Double.NaN;
    }
    int mid = values.length / 2;
    return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
  }

  private static String s(double seconds) {
    return Double.isNaN(seconds) ? "-" : Fmt.num(seconds, 2);
  }
}
