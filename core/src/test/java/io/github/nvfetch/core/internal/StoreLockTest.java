package io.github.nvfetch.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The clean-up of leftovers runs only for a harvest that has the store to itself: not while another
 * harvest of this JVM, or of another process, holds the store.
 */
class StoreLockTest {

  @TempDir Path dataDir;

  @Test
  void harvestsOfOneJvmShareAndOnlyTheFirstCleans() {
    AtomicInteger cleanups = new AtomicInteger();
    try (StoreLock first = StoreLock.acquire(dataDir, cleanups::incrementAndGet);
        StoreLock second = StoreLock.acquire(dataDir, cleanups::incrementAndGet)) {
      assertTrue(first.wasAlone());
      assertFalse(second.wasAlone());
      assertEquals(1, cleanups.get());
    }
    try (StoreLock later = StoreLock.acquire(dataDir, cleanups::incrementAndGet)) {
      assertTrue(later.wasAlone(), "everyone left: the next harvest cleans again");
    }
    assertEquals(2, cleanups.get());
  }

  @Test
  void aHarvestInAnotherProcessPreventsTheCleanup() throws Exception {
    Process other =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Holder.class.getName(),
                dataDir.toString())
            .redirectErrorStream(true)
            .start();
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
      assertEquals("holding", readUntilHolding(out));
      AtomicInteger cleanups = new AtomicInteger();
      try (StoreLock lock = StoreLock.acquire(dataDir, cleanups::incrementAndGet)) {
        assertFalse(lock.wasAlone(), "the other process is harvesting");
        assertEquals(0, cleanups.get());
      }
      other.getOutputStream().close();
      assertTrue(other.waitFor(30, TimeUnit.SECONDS), "the other process ends");
      try (StoreLock lock = StoreLock.acquire(dataDir, cleanups::incrementAndGet)) {
        assertTrue(lock.wasAlone(), "the other process is gone");
      }
    } finally {
      other.destroyForcibly();
    }
  }

  private static String readUntilHolding(BufferedReader out) throws IOException {
    String line;
    while ((line = out.readLine()) != null) {
      if (line.equals("holding")) {
        return line;
      }
    }
    return "process ended without holding the lock";
  }

  /** Holds the store lock of {@code args[0]} until its standard input closes. */
  public static final class Holder {
    public static void main(String[] args) throws IOException {
      try (StoreLock lock = StoreLock.acquire(Path.of(args[0]), () -> {})) {
        System.out.println("holding");
        System.out.flush();
        while (System.in.read() >= 0) {
          // wait for the parent
        }
      }
    }
  }
}
