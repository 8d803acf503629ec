package io.github.nvfetch.bench.internal.scale;

import io.github.nvfetch.bench.internal.CpuBreakdown;
import io.github.nvfetch.bench.internal.Fmt;
import io.github.nvfetch.bench.internal.TextTable;
import java.util.ArrayList;
import java.util.List;

/** The tables of the scale benchmark: speed, and memory. */
public final class ScaleTable {

  private ScaleTable() {}

  /** Speed per run: records and collections read, images fetched, wall and CPU time, rates. */
  public static TextTable speed(List<ScaleOutcome> outcomes) {
    TextTable table =
        new TextTable(
            List.of(
                "run",
                "image records",
                "collections",
                "pages",
                "images fetched",
                "failed",
                "wall s",
                "records/s",
                "collections/s",
                "client CPU s",
                "replica CPU s",
                "completed"));
    for (ScaleOutcome o : outcomes) {
      ScaleFigures f = o.figures();
      table.row(
          List.of(
              f.mode(),
              Fmt.count(f.imageRecords()) + " / " + Fmt.count(o.expectedRecords()),
              Fmt.count(f.collections()) + " / " + Fmt.count(o.expectedCollections()),
              Fmt.count(f.pages()),
              Fmt.count(f.fetched()),
              Fmt.count(f.failed()),
              Fmt.num(f.wallSeconds(), 1),
              Fmt.count(Math.round(f.imageRecords() / f.wallSeconds())),
              Fmt.count(Math.round(f.collections() / f.wallSeconds())),
              Fmt.num(f.cpuSeconds(), 1),
              Fmt.num(o.replicaCpuSeconds(), 1),
              o.completed() ? "yes" : "NO (exit " + o.exitCode() + ")"));
    }
    return table;
  }

  /** Memory per run, in MiB. */
  public static TextTable memory(List<ScaleOutcome> outcomes) {
    TextTable table =
        new TextTable(
            List.of(
                "run",
                "-Xmx MiB",
                "peak heap used",
                "peak heap after GC",
                "reachable before",
                "reachable after (result held)",
                "peak RSS (VmHWM)",
                "GCs",
                "GC ms"));
    for (ScaleOutcome o : outcomes) {
      ScaleFigures f = o.figures();
      table.row(
          List.of(
              f.mode(),
              Fmt.mib(f.maxHeap()),
              Fmt.mib(f.peakHeapUsed()),
              Fmt.mib(f.peakHeapAfterGc()),
              Fmt.mib(f.reachableBefore()),
              Fmt.mib(f.reachableAfter()),
              Fmt.mib(f.peakRss()),
              Fmt.count(f.gcCount()),
              Fmt.count(f.gcMillis())));
    }
    return table;
  }

  /** The worker's CPU by thread group, in microseconds per image record read. */
  public static TextTable cpu(List<ScaleOutcome> outcomes) {
    List<String> groups =
        List.of(
            "parallel", "nvfetch-io", "reactor-http (event loops)", "JIT compiler", "GC and VM");
    List<String> headers = new ArrayList<>(List.of("run"));
    headers.addAll(CpuBreakdown.headers(groups, "µs/record"));
    TextTable table = new TextTable(headers);
    for (ScaleOutcome o : outcomes) {
      List<String> row = new ArrayList<>(List.of(o.figures().mode()));
      row.addAll(
          CpuBreakdown.cells(
              o.figures().cpuByThread(),
              groups,
              (double) Math.max(1, o.figures().imageRecords()),
              1e6));
      table.row(row);
    }
    return table;
  }
}
