package io.github.nvfetch.bench.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Table cells splitting CPU seconds by thread group: named groups, the rest, and the total, per
 * unit of work.
 */
public final class CpuBreakdown {

  private CpuBreakdown() {}

  /**
   * The headers: one per group, then "other" and "total", each followed by the unit (e.g.
   * "ms/file").
   */
  public static List<String> headers(List<String> groups, String unit) {
    List<String> headers = new ArrayList<>();
    groups.forEach(g -> headers.add(g + " " + unit));
    headers.add("other " + unit);
    headers.add("total " + unit);
    return headers;
  }

  /**
   * The cells of one row.
   *
   * @param byThread CPU seconds per thread group
   * @param groups the groups shown in their own column
   * @param units the units of work (files, records) the seconds are divided by
   * @param scale factor from seconds to the shown unit (1000 for ms, 1e6 for µs)
   */
  public static List<String> cells(
      Map<String, Double> byThread, List<String> groups, double units, double scale) {
    List<String> cells = new ArrayList<>();
    double total = byThread.values().stream().mapToDouble(Double::doubleValue).sum();
    double named = 0;
    for (String group : groups) {
      double seconds = byThread.getOrDefault(group, 0.0);
      named += seconds;
      cells.add(Fmt.num(scale * seconds / units, 2));
    }
    cells.add(Fmt.num(scale * (total - named) / units, 2));
    cells.add(Fmt.num(scale * total / units, 2));
    return cells;
  }
}
