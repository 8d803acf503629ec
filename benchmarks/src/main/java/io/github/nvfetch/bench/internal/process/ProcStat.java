package io.github.nvfetch.bench.internal.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** CPU time and peak resident memory of processes, from Linux's {@code /proc}. */
public final class ProcStat {

  private static final long TICKS_PER_SECOND = clockTicks();

  private ProcStat() {}

  /**
   * User plus system CPU seconds a live process has used ({@code utime + stime} of {@code
   * /proc/<pid>/stat}).
   *
   * @return the seconds, or -1 when unreadable (not Linux, or the process is gone)
   */
  public static double cpuSeconds(long pid) {
    try {
      return cpuSecondsOfStatLine(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /**
   * User plus system CPU seconds of a {@code /proc/<pid>/stat} or {@code
   * /proc/<pid>/task/<tid>/stat} line.
   */
  public static double cpuSecondsOfStatLine(String stat) {
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    return ticks / (double) TICKS_PER_SECOND;
  }

  /**
   * This process's peak resident set size ({@code VmHWM} of {@code /proc/self/status}) in bytes, -1
   * if unknown.
   */
  public static long peakRssBytes() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }

  private static long clockTicks() {
    try {
      Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
      String out =
          new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
      getconf.waitFor(10, TimeUnit.SECONDS);
      return Long.parseLong(out);
    } catch (IOException | RuntimeException e) {
      return 100;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 100;
    }
  }
}
