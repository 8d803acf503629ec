package io.github.nvfetch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Smoke test of the throughput benchmark program: five images per scenario, latencies scaled to 1%,
 * no report file. Checks that it prints a results table whose figures are positive; never checks
 * how fast anything is.
 */
class HarvestThroughputSmokeTest {

  @TempDir Path work;

  @Test
  void printsAResultsTableWithPositiveFiguresForEveryScenario() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    HarvestThroughput.run(
        List.of(
            "--images",
            "5",
            "--baseline-images",
            "5",
            "--latency-scale",
            "0.01",
            "--tiny-files",
            "--no-report",
            "--work-dir",
            work.toString()),
        new PrintStream(buffer, true, StandardCharsets.UTF_8));

    List<String[]> rows = resultRows(buffer.toString(StandardCharsets.UTF_8));
    assertEquals(List.of("default", "tuned", "sequential"), rows.stream().map(r -> r[0]).toList());
    for (String[] row : rows) {
      assertEquals("5", row[1], "images of " + row[0]);
      for (int column = 2; column <= 4; column++) {
        assertTrue(
            Double.parseDouble(row[column]) > 0,
            "column " + column + " of " + String.join(" ", row));
      }
    }
  }

  /** The rows of the table printed under the line starting with "Results". */
  private static List<String[]> resultRows(String output) {
    List<String[]> rows = new ArrayList<>();
    boolean inTable = false;
    for (String line : output.split("\n")) {
      if (line.startsWith("Results")) {
        inTable = true;
      } else if (inTable && line.isBlank()) {
        break;
      } else if (inTable && !line.startsWith("scenario") && !line.startsWith("-")) {
        rows.add(line.trim().split("\\s{2,}"));
      }
    }
    return rows;
  }
}
