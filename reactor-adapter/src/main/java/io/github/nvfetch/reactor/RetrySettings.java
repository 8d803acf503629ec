package io.github.nvfetch.reactor;

import java.time.Duration;
import java.util.Objects;

/**
 * How failed requests are retried: exponential backoff with jitter, or the server's {@code
 * Retry-After} when it sends one (capped at {@link #maxRetryAfter()}). Immutable; build with {@link
 * #builder()}.
 *
 * @param maxAttempts attempts in all, the first included (at least 1)
 * @param initialBackoff wait before the second attempt
 * @param maxBackoff the longest wait between two attempts
 * @param multiplier growth of the wait from one attempt to the next (at least 1)
 * @param jitter random spread of each wait, from 0 (none) to 1 (between 0 and twice the wait)
 * @param maxRetryAfter the longest {@code Retry-After} honoured; longer ones are capped
 */
public record RetrySettings(
    int maxAttempts,
    Duration initialBackoff,
    Duration maxBackoff,
    double multiplier,
    double jitter,
    Duration maxRetryAfter) {

  /** The defaults: 8 attempts, 250 ms doubling up to 15 s, jitter 0.5, Retry-After up to 2 min. */
  public static final RetrySettings DEFAULTS = builder().build();

  /** Validates the settings. */
  public RetrySettings {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
    }
    requirePositive(initialBackoff, "initialBackoff");
    requirePositive(maxBackoff, "maxBackoff");
    requirePositive(maxRetryAfter, "maxRetryAfter");
    if (maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException("maxBackoff must not be shorter than initialBackoff");
    }
    if (!(multiplier >= 1.0)) {
      throw new IllegalArgumentException("multiplier must be at least 1, was " + multiplier);
    }
    if (!(jitter >= 0.0 && jitter <= 1.0)) {
      throw new IllegalArgumentException("jitter must be between 0 and 1, was " + jitter);
    }
  }

  private static void requirePositive(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + d);
    }
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RetrySettings}; validation happens in {@link #build()}. */
  public static final class Builder {
    private int maxAttempts = 8;
    private Duration initialBackoff = Duration.ofMillis(250);
    private Duration maxBackoff = Duration.ofSeconds(15);
    private double multiplier = 2.0;
    private double jitter = 0.5;
    private Duration maxRetryAfter = Duration.ofMinutes(2);

    private Builder() {}

    /** Attempts in all, the first included. */
    public Builder maxAttempts(int value) {
      this.maxAttempts = value;
      return this;
    }

    /** Wait before the second attempt. */
    public Builder initialBackoff(Duration value) {
      this.initialBackoff = value;
      return this;
    }

    /** Longest wait between attempts. */
    public Builder maxBackoff(Duration value) {
      this.maxBackoff = value;
      return this;
    }

    /** Growth factor of the wait. */
    public Builder multiplier(double value) {
      this.multiplier = value;
      return this;
    }

    /** Random spread of each wait, 0 to 1. */
    public Builder jitter(double value) {
      this.jitter = value;
      return this;
    }

    /** Longest {@code Retry-After} honoured. */
    public Builder maxRetryAfter(Duration value) {
      this.maxRetryAfter = value;
      return this;
    }

    /** Validates and builds. */
    public RetrySettings build() {
      return new RetrySettings(
          maxAttempts, initialBackoff, maxBackoff, multiplier, jitter, maxRetryAfter);
    }
  }
}
