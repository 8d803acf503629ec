package io.github.nvfetch.bench.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of the reliability suite, one row per case, rewritten after every case to {@code
 * target/reliability/report.md} of the module: per case and in total, images reachable, fetched,
 * lost, failures reported against unreachable images, faults the replica injected. Rows are
 * recorded before the case's assertions, so a failing case shows in the figures too.
 */
public final class ReliabilityReport {

  /**
   * One case.
   *
   * @param suite the test class's theme (fault matrix, SIGKILL, hostile metadata)
   * @param scenario the fault or attack
   * @param mode the mode and starting state of the store
   * @param reachable images the corpus makes reachable in the selection
   * @param unreachable selected images whose file is missing or corrupt
   * @param downloaded images downloaded by the checked harvest(s)
   * @param fromDisk images the checked harvest(s) took from the store
   * @param failuresReported failures the harvest reported
   * @param failuresExact whether the failures named exactly the unreachable images
   * @param lost reachable images not on disk, byte for byte, at the end
   * @param figures what the replica counted
   * @param elapsed wall time of the case's harvests
   */
  public record Row(
      String suite,
      String scenario,
      String mode,
      int reachable,
      int unreachable,
      int downloaded,
      int fromDisk,
      int failuresReported,
      boolean failuresExact,
      int lost,
      ReplicaFigures figures,
      Duration elapsed) {}

  private static final List<Row> ROWS = new ArrayList<>();

  private ReliabilityReport() {}

  /** Adds a row and rewrites the report. */
  public static synchronized void add(Row row) {
    ROWS.add(row);
    write();
  }

  /** Where the report goes: {@code <module>/target/reliability/report.md}. */
  public static Path path() {
    String base = System.getProperty("basedir", System.getProperty("user.dir"));
    return Path.of(base, "target", "reliability", "report.md");
  }

  private static void write() {
    StringBuilder md = new StringBuilder();
    md.append("# Reliability suite figures\n\nWritten ")
        .append(Instant.now())
        .append(" by ")
        .append(ReliabilityReport.class.getName())
        .append(".\n\n");
    totals(md);
    md.append(
        "\n## Cases\n\n| suite | scenario | mode | reachable | unreachable | downloaded"
            + " | from disk | failures reported | failures == unreachable | lost | faults injected"
            + " | limiter 503 | 429 | 5xx | kills | requests | ms |\n");
    md.append("|---|---|---|---:|---:|---:|---:|---:|---|---:|---|---:|---:|---:|---:|---:|")
        .append("---:|\n");
    for (Row r : ROWS) {
      ReplicaFigures f = r.figures();
      md.append("| ")
          .append(r.suite())
          .append(" | ")
          .append(r.scenario())
          .append(" | ")
          .append(r.mode())
          .append(" | ")
          .append(r.reachable())
          .append(" | ")
          .append(r.unreachable())
          .append(" | ")
          .append(r.downloaded())
          .append(" | ")
          .append(r.fromDisk())
          .append(" | ")
          .append(r.failuresReported())
          .append(" | ")
          .append(r.failuresExact() ? "yes" : "**NO**")
          .append(" | ")
          .append(r.lost())
          .append(" | ")
          .append(f.faultsTotal())
          .append(' ')
          .append(f.faultsInjected())
          .append(" | ")
          .append(f.limiterRejections())
          .append(" | ")
          .append(f.tooManyRequests())
          .append(" | ")
          .append(f.serverErrors())
          .append(" | ")
          .append(f.serverKills())
          .append(" | ")
          .append(f.requests())
          .append(" | ")
          .append(r.elapsed().toMillis())
          .append(" |\n");
    }
    try {
      Files.createDirectories(path().getParent());
      Files.writeString(path(), md);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void totals(StringBuilder md) {
    ReplicaFigures all = ReplicaFigures.NONE;
    Map<String, Integer> casesBySuite = new TreeMap<>();
    long downloaded = 0;
    long fromDisk = 0;
    long lost = 0;
    long failures = 0;
    long unreachable = 0;
    long exact = 0;
    Duration elapsed = Duration.ZERO;
    for (Row r : ROWS) {
      all = all.plus(r.figures());
      casesBySuite.merge(r.suite(), 1, Integer::sum);
      downloaded += r.downloaded();
      fromDisk += r.fromDisk();
      lost += r.lost();
      failures += r.failuresReported();
      unreachable += r.unreachable();
      exact += r.failuresExact() ? 1 : 0;
      elapsed = elapsed.plus(r.elapsed());
    }
    md.append("| figure | value |\n|---|---:|\n")
        .append("| cases run | ")
        .append(ROWS.size())
        .append(' ')
        .append(casesBySuite)
        .append(" |\n")
        .append("| faults injected (injected + limiter 503 + server kills) | ")
        .append(all.faultsTotal())
        .append(" |\n")
        .append("| injected, by kind | ")
        .append(all.faultsInjected())
        .append(" |\n")
        .append("| limiter 503 answers | ")
        .append(all.limiterRejections())
        .append(" |\n")
        .append("| 429 answers | ")
        .append(all.tooManyRequests())
        .append(" |\n")
        .append("| 5xx answers (500, 502, 504) | ")
        .append(all.serverErrors())
        .append(" |\n")
        .append("| server kills (replica, in-process) | ")
        .append(all.serverKills())
        .append(" |\n")
        .append("| requests served | ")
        .append(all.requests())
        .append(" |\n")
        .append("| images downloaded | ")
        .append(downloaded)
        .append(" |\n")
        .append("| images taken from the store | ")
        .append(fromDisk)
        .append(" |\n")
        .append("| images lost | ")
        .append(lost)
        .append(" |\n")
        .append("| failures reported / unreachable images | ")
        .append(failures)
        .append(" / ")
        .append(unreachable)
        .append(" |\n")
        .append("| cases whose failures named exactly the unreachable images | ")
        .append(exact)
        .append(" / ")
        .append(ROWS.size())
        .append(" |\n")
        .append("| harvest time, summed | ")
        .append(elapsed.toMillis() / 1000.0)
        .append(" s |\n");
  }
}
