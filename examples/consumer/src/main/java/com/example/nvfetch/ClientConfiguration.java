package com.example.nvfetch;

import io.github.nvfetch.reactor.NeuroVaultClient;
import io.github.nvfetch.reactor.RetrySettings;
import java.time.Duration;

/** README, "Configuration": every setting at its default (sends nothing until used). */
public final class ClientConfiguration {

  private ClientConfiguration() {}

  /** A client for the real service, configured explicitly. */
  public static NeuroVaultClient client() {
    NeuroVaultClient client = NeuroVaultClient.builder()
        .baseUrl("https://neurovault.org")
        .requestsPerSecond(8)                // shared by every request of the client
        .maxConnections(6)                   // raised to downloadConcurrency + 1 if lower
        .downloadConcurrency(4)              // image files in flight
        .connectTimeout(Duration.ofSeconds(10))
        .responseTimeout(Duration.ofSeconds(60))
        .fileTimeout(Duration.ofMinutes(10))
        .retry(RetrySettings.builder()
            .maxAttempts(8)
            .initialBackoff(Duration.ofMillis(250))
            .maxBackoff(Duration.ofSeconds(15))
            .jitter(0.5)
            .build())
        .apiToken(System.getenv("NEUROVAULT_TOKEN")) // optional: your private collections
        .build();
    return client;
  }
}
