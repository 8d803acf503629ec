package io.github.nvfetch.reactor.internal.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryAfterHeaderTest {

  private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

  @Test
  void readsSeconds() {
    assertEquals(Optional.of(Duration.ofSeconds(120)), RetryAfterHeader.parse(" 120 ", () -> NOW));
  }

  @Test
  void readsAnHttpDate() {
    assertEquals(
        Optional.of(Duration.ofSeconds(90)),
        RetryAfterHeader.parse("Fri, 27 Nov 2026 10:01:30 GMT", () -> NOW));
  }

  @Test
  void aDateInThePastMeansNow() {
    assertEquals(
        Optional.of(Duration.ZERO),
        RetryAfterHeader.parse("Fri, 27 Nov 2026 09:00:00 GMT", () -> NOW));
  }

  @Test
  void ignoresAbsentNegativeOrGarbledValues() {
    assertEquals(Optional.empty(), RetryAfterHeader.parse(null, () -> NOW));
    assertEquals(Optional.empty(), RetryAfterHeader.parse("-5", () -> NOW));
    assertEquals(Optional.empty(), RetryAfterHeader.parse("soon", () -> NOW));
  }
}
