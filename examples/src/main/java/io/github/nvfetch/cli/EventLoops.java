package io.github.nvfetch.cli;

import java.time.Duration;
import reactor.netty.http.HttpResources;

/**
 * Stops Reactor Netty's shared event loops before the process exits. The JVM's exit waits up to 300
 * ms for threads that are inside a native call, and an idle event loop is always inside one
 * (epoll); stopped first, they cost a few milliseconds instead. Does nothing when no HTTP client
 * ran.
 */
final class EventLoops {

  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(2);

  private EventLoops() {}

  /** Stops the shared loops and their connections, waiting at most two seconds. */
  static void stop() {
    try {
      HttpResources.disposeLoopsAndConnectionsLater(Duration.ZERO, STOP_TIMEOUT)
          .block(STOP_TIMEOUT.plusSeconds(1));
    } catch (RuntimeException e) {
      // Exiting anyway: a loop that does not stop only costs the JVM's wait for it.
    }
  }
}
