package io.github.nvfetch.bench.internal.service;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The process's resources at one moment: live threads, open file descriptors (Linux's {@code
 * /proc/self/fd}; -1 elsewhere) and the heap used after a full GC.
 *
 * @param threads live threads
 * @param openFiles open file descriptors
 * @param heapBytes heap used after {@code System.gc()}
 */
public record ProcessFigures(int threads, long openFiles, long heapBytes) {

  /** Measures now (runs a full GC first). */
  @SuppressWarnings("ExplicitGc")
  public static ProcessFigures now() {
    System.gc();
    long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    return new ProcessFigures(
        ManagementFactory.getThreadMXBean().getThreadCount(), countOpenFiles(), heap);
  }

  private static long countOpenFiles() {
    try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
      return fds.count();
    } catch (IOException | UnsupportedOperationException e) {
      return -1;
    }
  }

  /** Whether this is back to (at most) the idle level of {@code idle}. */
  public boolean backTo(ProcessFigures idle) {
    return threads <= idle.threads && openFiles <= idle.openFiles;
  }
}
