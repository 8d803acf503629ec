package io.github.nvfetch.reactor.internal.resilience;

import io.github.nvfetch.reactor.HarvestListener;
import io.github.nvfetch.reactor.RetrySettings;
import io.github.nvfetch.reactor.internal.ClientSettings;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** Client settings for unit tests of the internals. */
final class TestSettings {

  private TestSettings() {}

  static ClientSettings with(double rate, RetrySettings retry) {
    return new ClientSettings(
        URI.create("http://127.0.0.1:1"),
        URI.create("http://127.0.0.1:1/api/v2/decode/"),
        rate,
        4,
        2,
        100,
        Duration.ofSeconds(1),
        Duration.ofSeconds(5),
        Duration.ofSeconds(30),
        Duration.ofSeconds(5),
        retry,
        Optional.empty(),
        10,
        1 << 20,
        HarvestListener.NONE,
        Optional.empty(),
        Optional.empty(),
        2,
        Optional.empty(),
        false);
  }

  static RetrySettings noJitter(int attempts, Duration initial) {
    return RetrySettings.builder()
        .maxAttempts(attempts)
        .initialBackoff(initial)
        .maxBackoff(Duration.ofMinutes(1))
        .multiplier(2)
        .jitter(0)
        .build();
  }
}
