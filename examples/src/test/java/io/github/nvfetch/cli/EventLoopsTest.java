package io.github.nvfetch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * After a harvest, the command line stops Reactor Netty's shared event loops before it exits: an
 * idle loop sits in a native call (epoll), and the JVM's exit waits up to 300 ms for such threads.
 */
class EventLoopsTest {

  @RegisterExtension static final TestReplica replica = new TestReplica();

  @Test
  void stoppingEndsEveryThreadOfTheSharedLoopsAHarvestStarted(@TempDir Path dir)
      throws InterruptedException {
    CliRun run =
        CliRun.of(replica.args("fetch", "--max-images", "3", "--data-dir", dir.toString(), "-q"));
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    List<Thread> loops = sharedLoopThreads();
    assertFalse(loops.isEmpty(), "the harvest ran on Reactor Netty's shared loops");

    EventLoops.stop();

    for (Thread loop : loops) {
      loop.join(5_000);
    }
    assertEquals(List.of(), loops.stream().filter(Thread::isAlive).map(Thread::getName).toList());
    assertEquals(List.of(), sharedLoopThreads());

    EventLoops.stop(); // again, with no loops left: nothing to do
    assertEquals(List.of(), sharedLoopThreads());
  }

  /** Threads of Reactor Netty's shared client loops ({@code reactor-http-epoll-1}, ...). */
  private static List<Thread> sharedLoopThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .filter(thread -> thread.getName().startsWith("reactor-http-"))
        .toList();
  }
}
