package com.example.nvfetch;

import java.time.Duration;
import reactor.netty.http.HttpResources;

/** README, "Exiting right after a harvest": stop Reactor Netty's shared loops, then exit. */
public final class ExitAfterHarvest {

  private ExitAfterHarvest() {}

  /** Stops the shared event loops, so that the JVM's exit does not wait for them. */
  public static void stopSharedLoops() {
    HttpResources.disposeLoopsAndConnectionsLater(Duration.ZERO, Duration.ofSeconds(2))
        .block(Duration.ofSeconds(3));               // then System.exit(status)
  }
}
