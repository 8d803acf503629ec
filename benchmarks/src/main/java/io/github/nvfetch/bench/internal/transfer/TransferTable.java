package io.github.nvfetch.bench.internal.transfer;

import io.github.nvfetch.bench.internal.CpuBreakdown;
import io.github.nvfetch.bench.internal.Fmt;
import io.github.nvfetch.bench.internal.TextTable;
import java.util.ArrayList;
import java.util.List;

/**
 * The table of the raw transfer benchmark, with each run's speed relative to curl to /dev/null at
 * the same P.
 */
public final class TransferTable {

  private TransferTable() {}

  /** One row per run. */
  public static TextTable of(List<TransferResult> results) {
    TextTable table =
        new TextTable(
            List.of(
                "client",
                "P",
                "files",
                "MB",
                "wall s",
                "MB/s",
                "vs curl>/dev/null",
                "client CPU s",
                "CPU s/GB",
                "replica CPU s"));
    for (TransferResult r : results) {
      double reference =
          results.stream()
              .filter(
                  o -> o.parallel() == r.parallel() && o.client().equals(CurlMode.TO_NULL.label()))
              .mapToDouble(TransferResult::megabytesPerSecond)
              .findFirst()
              .orElse(Double.NaN);
      table.row(
          List.of(
              r.client(),
              Integer.toString(r.parallel()),
              Fmt.count(r.files()),
              Fmt.num(r.bytes() / 1e6, 1),
              Fmt.num(r.wallSeconds(), 2),
              Fmt.num(r.megabytesPerSecond(), 1),
              Fmt.percent(r.megabytesPerSecond() / reference),
              Fmt.num(r.cpuSeconds(), 2),
              Fmt.num(r.cpuSecondsPerGigabyte(), 2),
              Fmt.num(r.replicaCpuSeconds(), 2)));
    }
    return table;
  }

  /** The SDK's CPU per file by thread group: where its CPU time goes. */
  public static TextTable sdkCpu(List<TransferResult> results) {
    List<String> groups =
        List.of("nvfetch-io", "reactor-http (event loops)", "JIT compiler", "GC and VM");
    List<String> headers = new ArrayList<>(List.of("P"));
    headers.addAll(CpuBreakdown.headers(groups, "ms/file"));
    TextTable table = new TextTable(headers);
    for (TransferResult r : results) {
      if (!r.cpuByThread().isEmpty()) {
        List<String> row = new ArrayList<>(List.of(Integer.toString(r.parallel())));
        row.addAll(CpuBreakdown.cells(r.cpuByThread(), groups, r.files(), 1000));
        table.row(row);
      }
    }
    return table;
  }
}
