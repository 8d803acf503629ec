package io.github.nvfetch.bench.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the figures were measured on: CPUs, memory, JVM, operating system and the current load.
 * Linux-oriented.
 */
public final class Machine {

  private Machine() {}

  /** One line: CPUs, CPU model, total memory, Java version and vendor, kernel. */
  public static String describe() {
    return String.format(
        Locale.ROOT,
        "%d CPUs (nproc), %s, %s RAM, Java %s (%s), %s %s",
        Runtime.getRuntime().availableProcessors(),
        cpuModel(),
        memTotal(),
        System.getProperty("java.runtime.version"),
        System.getProperty("java.vm.name"),
        System.getProperty("os.name"),
        System.getProperty("os.version"));
  }

  /** The 1, 5 and 15 minute load averages from {@code /proc/loadavg}, or "unknown". */
  public static String loadAverage() {
    return firstLine(Path.of("/proc/loadavg"))
        .map(line -> String.join(" ", List.of(line.split("\\s+")).subList(0, 3)))
        .orElse("unknown");
  }

  /** The one-minute load average, or -1 when unknown. */
  public static double loadOneMinute() {
    String load = loadAverage();
    try {
      return Double.parseDouble(load.split(" ")[0]);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static String cpuModel() {
    return lines(Path.of("/proc/cpuinfo")).stream()
        .filter(l -> l.startsWith("model name"))
        .map(l -> l.substring(l.indexOf(':') + 1).trim())
        .findFirst()
        .orElse("unknown CPU model");
  }

  private static String memTotal() {
    return lines(Path.of("/proc/meminfo")).stream()
        .filter(l -> l.startsWith("MemTotal:"))
        .map(l -> Long.parseLong(l.replaceAll("\\D", "")))
        .map(kb -> Fmt.num(kb / (1024.0 * 1024.0), 1) + " GiB")
        .findFirst()
        .orElse("unknown");
  }

  private static Optional<String> firstLine(Path file) {
    return lines(file).stream().findFirst();
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }
}
