package io.github.nvfetch.bench.internal.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time of this process's threads grouped by name ({@code nvfetch-io-3} and {@code nvfetch-io-7}
 * count as {@code nvfetch-io}), from {@code /proc/self/task/<tid>/stat} (Linux; names are cut at 15
 * characters). The JIT compiler and GC threads appear too, unlike in {@code ThreadMXBean}.
 */
public final class ThreadCpu {

  private final Map<String, Double> byThread;

  private ThreadCpu(Map<String, Double> byThread) {
    this.byThread = byThread;
  }

  /** The CPU seconds of every live thread now (empty when {@code /proc} is unreadable). */
  public static ThreadCpu snapshot() {
    Map<String, Double> byThread = new HashMap<>();
    try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
      tasks.forEach(task -> read(task, byThread));
    } catch (IOException | RuntimeException e) {
      return new ThreadCpu(Map.of());
    }
    return new ThreadCpu(byThread);
  }

  private static void read(Path task, Map<String, Double> byThread) {
    try {
      String stat = Files.readString(task.resolve("stat"));
      String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      double seconds = ProcStat.cpuSecondsOfStatLine(stat);
      byThread.put(task.getFileName() + "/" + name, seconds);
    } catch (IOException | RuntimeException e) {
      // the thread ended meanwhile
    }
  }

  /**
   * CPU seconds used since {@code before}, per thread group, sorted by group name (threads born
   * since count from zero; threads that ended meanwhile are missing).
   */
  public Map<String, Double> since(ThreadCpu before) {
    Map<String, Double> groups = new TreeMap<>();
    byThread.forEach(
        (key, seconds) -> {
          double used = seconds - before.byThread.getOrDefault(key, 0.0);
          groups.merge(group(key.substring(key.indexOf('/') + 1)), used, Double::sum);
        });
    return groups;
  }

  private static String group(String threadName) {
    String trimmed = threadName.replaceAll("[-#]?\\d+$", "");
    if (trimmed.startsWith("C1 Compiler") || trimmed.startsWith("C2 Compiler")) {
      return "JIT compiler";
    }
    if (trimmed.startsWith("GC Thread")
        || trimmed.startsWith("G1 ")
        || trimmed.startsWith("VM Thread")) {
      return "GC and VM";
    }
    if (trimmed.startsWith("reactor-http-ep") || trimmed.startsWith("reactor-http-ni")) {
      return "reactor-http (event loops)";
    }
    return trimmed;
  }
}
