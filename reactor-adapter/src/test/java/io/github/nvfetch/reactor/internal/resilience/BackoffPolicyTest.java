package io.github.nvfetch.reactor.internal.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.reactor.HttpStatusException;
import io.github.nvfetch.reactor.RetrySettings;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffPolicyTest {

  private static final URI U = URI.create("http://h/x");

  @Test
  void doublesFromTheInitialWaitUpToTheCap() {
    RetrySettings settings =
        RetrySettings.builder()
            .initialBackoff(Duration.ofMillis(250))
            .maxBackoff(Duration.ofSeconds(2))
            .jitter(0)
            .build();
    BackoffPolicy policy = new BackoffPolicy(settings, () -> 0.5);
    long[] expected = {250, 500, 1000, 2000, 2000};
    for (int attempt = 1; attempt <= expected.length; attempt++) {
      assertEquals(
          expected[attempt - 1], policy.delay(attempt, null).toMillis(), "attempt " + attempt);
    }
  }

  @Test
  void jitterSpreadsWaitsWithinTheConfiguredFraction() {
    RetrySettings settings =
        RetrySettings.builder().initialBackoff(Duration.ofSeconds(1)).jitter(0.5).build();
    assertEquals(500, new BackoffPolicy(settings, () -> 0.0).delay(1, null).toMillis());
    assertEquals(1000, new BackoffPolicy(settings, () -> 0.5).delay(1, null).toMillis());
    long high = new BackoffPolicy(settings, () -> 0.999).delay(1, null).toMillis();
    assertTrue(high > 1490 && high <= 1500, String.valueOf(high));
  }

  @Test
  void retryAfterWinsAndIsCapped() {
    RetrySettings settings = RetrySettings.builder().maxRetryAfter(Duration.ofSeconds(30)).build();
    BackoffPolicy policy = new BackoffPolicy(settings, () -> 0.5);
    assertEquals(
        Duration.ofSeconds(12),
        policy.delay(5, new HttpStatusException(429, U, null, Duration.ofSeconds(12))));
    assertEquals(
        Duration.ofSeconds(30),
        policy.delay(1, new HttpStatusException(503, U, null, Duration.ofHours(1))));
  }
}
