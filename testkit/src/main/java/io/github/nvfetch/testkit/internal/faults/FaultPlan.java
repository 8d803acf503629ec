package io.github.nvfetch.testkit.internal.faults;

import io.github.nvfetch.testkit.internal.http.Reply;
import java.time.Duration;

/**
 * The faults decided for one admitted request before it is handled.
 *
 * @param delay how long to wait before answering
 * @param override an answer that replaces the real one (429, 5xx, Neurosynth down), or null
 * @param overrideTag the stats tag of the override, or null
 * @param malformed whether an API JSON answer is sent malformed
 * @param transport how a file body is delivered
 * @param cutFraction where malformed and cut bodies end, as a fraction of the body in (0, 1)
 */
public record FaultPlan(
    Duration delay,
    Reply override,
    String overrideTag,
    boolean malformed,
    Transport transport,
    double cutFraction) {

  /** A plan with only a delay. */
  public static FaultPlan delayOnly(Duration delay) {
    return new FaultPlan(delay, null, null, false, Transport.NORMAL, 0.5);
  }

  /**
   * The number of body bytes to send when cutting a body of {@code length} bytes: at least 1, fewer
   * than all.
   */
  public long cut(long length) {
    return Math.max(1, Math.min(length - 1, (long) (length * cutFraction)));
  }
}
