package com.example.nvfetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's exit snippet ends every thread of the shared loops a harvest ran on. */
class ExitAfterHarvestTest {

  @Test
  void theSnippetEndsTheSharedLoops(@TempDir Path dir) throws InterruptedException {
    assertEquals(3, ReplicaInATest.imageIds(dir).size());
    List<Thread> loops = sharedLoopThreads();
    assertFalse(loops.isEmpty(), "the harvest ran on Reactor Netty's shared loops");

    ExitAfterHarvest.stopSharedLoops();

    for (Thread loop : loops) {
      loop.join(5_000);
    }
    assertEquals(List.of(), loops.stream().filter(Thread::isAlive).map(Thread::getName).toList());
  }

  private static List<Thread> sharedLoopThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .filter(thread -> thread.getName().startsWith("reactor-http-"))
        .toList();
  }
}
