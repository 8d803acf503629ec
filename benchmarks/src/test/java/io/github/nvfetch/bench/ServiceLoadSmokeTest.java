package io.github.nvfetch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Smoke test of the service load benchmark program: eight clients (one large, some disconnecting),
 * latencies scaled to 1%, no report file. Checks that it prints its results table, that small
 * requests got images and that no part file is left; never checks how fast anything is (nor the
 * 503s: it runs above nginx's rate).
 */
class ServiceLoadSmokeTest {

  @TempDir Path work;

  @Test
  void printsTheResultsTableAndLeavesNoPartFile() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    ServiceLoad.run(
        List.of(
            "--clients",
            "8",
            "--large",
            "1",
            "--disconnect-rate",
            "0.3",
            "--seconds",
            "60",
            "--spread",
            "1",
            "--images",
            "80",
            "--latency-scale",
            "0.01",
            "--rate",
            "50",
            "--settle",
            "1",
            "--no-report",
            "--work-dir",
            work.toString()),
        new PrintStream(buffer, true, StandardCharsets.UTF_8));

    Map<String, String> rows = resultRows(buffer.toString(StandardCharsets.UTF_8));
    assertTrue(rows.containsKey("time to first image, small, p50 / p95 / p99 (s)"), rows::toString);
    assertTrue(Integer.parseInt(rows.get("small requests with an image")) > 0, rows::toString);
    assertEquals("0", rows.get("part files left"), rows::toString);
    assertTrue(rows.containsKey("503s from the replica"), rows::toString);
  }

  /** The figure/value pairs of the table printed under the line starting with "Results". */
  private static Map<String, String> resultRows(String output) {
    Map<String, String> rows = new LinkedHashMap<>();
    boolean inTable = false;
    for (String line : output.split("\n")) {
      if (line.startsWith("Results")) {
        inTable = true;
      } else if (inTable && line.isBlank()) {
        break;
      } else if (inTable && !line.startsWith("figure") && !line.startsWith("-")) {
        String[] cells = line.trim().split("\\s{2,}");
        rows.put(cells[0], cells.length > 1 ? cells[1] : "");
      }
    }
    return rows;
  }
}
