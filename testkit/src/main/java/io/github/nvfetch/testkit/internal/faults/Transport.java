package io.github.nvfetch.testkit.internal.faults;

/** How a reply's body is delivered. */
public enum Transport {
  /** Whole body, connection kept. */
  NORMAL,
  /** Part of the body, then the connection is reset (TCP RST). */
  RESET,
  /**
   * Part of the body, then the connection is closed normally (FIN): fewer bytes than {@code
   * Content-Length}.
   */
  SHORT
}
