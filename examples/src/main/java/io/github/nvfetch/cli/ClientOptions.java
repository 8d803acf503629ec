package io.github.nvfetch.cli;

import io.github.nvfetch.reactor.NeuroVaultClient;
import io.github.nvfetch.reactor.NeuroVaultClientBuilder;
import io.github.nvfetch.reactor.RetrySettings;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * The flags that configure the client, shared by {@code fetch} and {@code ids}: where the
 * services are and how hard to use them.
 */
public final class ClientOptions {

  @Option(names = "--base-url", paramLabel = "URL",
      description = "NeuroVault's address (default: https://neurovault.org).")
  String baseUrl = NeuroVaultClientBuilder.DEFAULT_BASE_URL.toString();

  @Option(names = "--neurosynth-url", paramLabel = "URL",
      description = "Neurosynth's decode endpoint (default: "
          + "https://neurosynth.org/api/v2/decode/).")
  String neurosynthUrl = NeuroVaultClientBuilder.DEFAULT_NEUROSYNTH_URL.toString();

  @Option(names = "--concurrency", paramLabel = "N", defaultValue = "4",
      description = "Image files downloaded at the same time (default: ${DEFAULT-VALUE}); "
          + "the connection pool grows to fit.")
  int concurrency;

  @Option(names = "--rate", paramLabel = "R", defaultValue = "8",
      description = "Requests per second, all requests together (default: ${DEFAULT-VALUE}; "
          + "NeuroVault's nginx allows about 10).")
  double rate;

  @Option(names = "--token", paramLabel = "TOKEN",
      description = "NeuroVault API token, to read your private collections "
          + "(sent to the NeuroVault host only).")
  String token;

  @Option(names = "--retries", paramLabel = "N", defaultValue = "7",
      description = "Retries of a failed request, with backoff and jitter (default: "
          + "${DEFAULT-VALUE}).")
  int retries;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
      description = "Longest wait for a response or between two reads (default: "
          + "${DEFAULT-VALUE}).")
  double timeoutSeconds;

  /** Creates the options (picocli fills them). */
  public ClientOptions() {
  }

  /** NeuroVault's address as given. */
  public String baseUrl() {
    return baseUrl;
  }

  /**
   * A client builder with these settings.
   *
   * @throws IllegalArgumentException for a value the client does not accept (checked at build)
   */
  public NeuroVaultClientBuilder toBuilder() {
    if (retries < 0) {
      throw new IllegalArgumentException("--retries must not be negative, was " + retries);
    }
    return NeuroVaultClient.builder()
        .baseUrl(baseUrl)
        .neurosynthUrl(neurosynthUrl)
        .downloadConcurrency(concurrency)
        .requestsPerSecond(rate)
        .apiToken(token)
        .retry(RetrySettings.builder().maxAttempts(retries + 1).build())
        .responseTimeout(Duration.ofMillis(Math.round(timeoutSeconds * 1000)));
  }
}
