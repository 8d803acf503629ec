package io.github.nvfetch.testkit;

import java.time.Duration;
import java.util.Objects;

/**
 * A response delay: {@code base} plus a uniform jitter in {@code [-jitter, +jitter]}, never
 * negative.
 *
 * @param base the mean delay
 * @param jitter the half-width of the uniform jitter
 */
public record Latency(Duration base, Duration jitter) {

  /** No delay. */
  public static final Latency NONE = new Latency(Duration.ZERO, Duration.ZERO);

  /**
   * Validates the parts.
   *
   * @throws IllegalArgumentException if a part is negative
   */
  public Latency {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(jitter, "jitter");
    if (base.isNegative() || jitter.isNegative()) {
      throw new IllegalArgumentException(
          "latency base and jitter must not be negative: " + base + ", " + jitter);
    }
  }

  /**
   * A latency given in milliseconds.
   *
   * @param baseMillis mean delay in ms
   * @param jitterMillis half-width of the jitter in ms
   * @return the latency
   */
  public static Latency ofMillis(long baseMillis, long jitterMillis) {
    return new Latency(Duration.ofMillis(baseMillis), Duration.ofMillis(jitterMillis));
  }

  /**
   * The delay for one request.
   *
   * @param unit a uniform draw in {@code [0, 1)}
   * @param scale a factor applied to base and jitter
   * @return the delay, never negative
   */
  public Duration delay(double unit, double scale) {
    double millis = (base.toNanos() + (2 * unit - 1) * jitter.toNanos()) * scale / 1e6;
    return Duration.ofNanos(Math.max(0L, Math.round(millis * 1e6)));
  }

  /** Whether this latency can never delay anything. */
  public boolean isZero() {
    return base.isZero() && jitter.isZero();
  }
}
