package io.github.nvfetch.bench.internal;

import java.lang.management.ManagementFactory;

/** This JVM process's CPU time (all threads, user + system), from {@code OperatingSystemMXBean}. */
public final class CpuClock {

  private CpuClock() {}

  /** CPU seconds used by this process so far, -1 if the JVM does not tell. */
  public static double processSeconds() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      long nanos = os.getProcessCpuTime();
      return nanos < 0 ? -1 : nanos / 1e9;
    }
    return -1;
  }
}
