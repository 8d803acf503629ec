package io.github.nvfetch.cli;

import io.github.nvfetch.reactor.NeuroVaultClient;
import io.github.nvfetch.reactor.NeuroVaultClientBuilder;
import io.github.nvfetch.reactor.RetrySettings;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * The flags that configure the client, shared by {@code fetch} and {@code ids}: where the services
 * are and how hard to use them.
 */
public final class ClientOptions {

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description = "NeuroVault's address (default: https://neurovault.org).")
  String baseUrl = NeuroVaultClientBuilder.DEFAULT_BASE_URL.toString();

  @Option(
      names = "--neurosynth-url",
      paramLabel = "URL",
      description =
          "Neurosynth's decode endpoint (default: " + "https://neurosynth.org/api/v2/decode/).")
  String neurosynthUrl = NeuroVaultClientBuilder.DEFAULT_NEUROSYNTH_URL.toString();

  @Option(
      names = "--concurrency",
      paramLabel = "N",
      defaultValue = "" + NeuroVaultClientBuilder.DEFAULT_DOWNLOAD_CONCURRENCY,
      description =
          "Image files downloaded at the same time (default: ${DEFAULT-VALUE}); "
              + "the connection pool grows to fit.")
  int concurrency;

  @Option(
      names = "--rate",
      paramLabel = "R",
      defaultValue = "8",
      description =
          "Requests per second, all requests together (default: ${DEFAULT-VALUE}; "
              + "NeuroVault's nginx allows about 10).")
  double rate;

  /** The environment variable a token is read from when no flag gives one. */
  public static final String TOKEN_VARIABLE = "NEUROVAULT_TOKEN";

  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      description =
          "NeuroVault API token, to read your private collections (sent to the "
              + "NeuroVault origin only). Visible to other users in the process list: prefer "
              + "--token-file or the NEUROVAULT_TOKEN environment variable.")
  String token;

  @Option(
      names = "--token-file",
      paramLabel = "FILE",
      description = "Read the NeuroVault API token from FILE (surrounding whitespace ignored).")
  Path tokenFile;

  @Option(
      names = "--retries",
      paramLabel = "N",
      defaultValue = "7",
      description =
          "Retries of a failed request, with backoff and jitter (default: " + "${DEFAULT-VALUE}).")
  int retries;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "60",
      description =
          "Longest wait for a response or between two reads; a file body that "
              + "delivers less than 4 KiB in that time is stalled (default: ${DEFAULT-VALUE}).")
  double timeoutSeconds;

  @Option(
      names = "--file-timeout",
      paramLabel = "SECONDS",
      defaultValue = "600",
      description =
          "Longest time for one attempt at one image file (default: " + "${DEFAULT-VALUE}).")
  double fileTimeoutSeconds;

  /** Where {@code NEUROVAULT_TOKEN} is read from (tests replace it). */
  static Function<String, String> environment = System::getenv;

  /** The most downloads at the same time the client accepts. */
  static final int MAX_CONCURRENCY = NeuroVaultClientBuilder.MAX_DOWNLOAD_CONCURRENCY;

  /** The highest request rate the client accepts, per second. */
  static final int MAX_RATE = 10_000;

  private static final double MIN_TIMEOUT_SECONDS = 0.001;
  private static final double MAX_TIMEOUT_SECONDS = 86_400;

  /** Creates the options (picocli fills them). */
  public ClientOptions() {}

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
    requireHttpUrl("--base-url", baseUrl, "https://neurovault.org");
    requireHttpUrl("--neurosynth-url", neurosynthUrl, "https://neurosynth.org/api/v2/decode/");
    require(
        concurrency >= 1 && concurrency <= MAX_CONCURRENCY,
        "--concurrency must be 1-"
            + MAX_CONCURRENCY
            + " (downloads at the same time), was "
            + concurrency);
    require(
        rate > 0 && rate <= MAX_RATE,
        "--rate must be more than 0 and at most "
            + MAX_RATE
            + " requests per second, was "
            + Sizes.number(rate));
    require(retries >= 0, "--retries must be 0 or more, was " + retries);
    require(
        timeoutSeconds >= MIN_TIMEOUT_SECONDS && timeoutSeconds <= MAX_TIMEOUT_SECONDS,
        "--timeout must be between 0.001 and "
            + (long) MAX_TIMEOUT_SECONDS
            + " seconds, was "
            + Sizes.number(timeoutSeconds));
    require(
        token == null
            || (!token.isBlank()
                && token.strip().equals(token)
                && token.chars().noneMatch(Character::isISOControl)),
        "--token must be the token alone, " + "without spaces or 'Token ' in front");
    return NeuroVaultClient.builder()
        .baseUrl(baseUrl)
        .neurosynthUrl(neurosynthUrl)
        .downloadConcurrency(concurrency)
        .requestsPerSecond(rate)
        .apiToken(token().orElse(null))
        .retry(RetrySettings.builder().maxAttempts(retries + 1).build())
        .responseTimeout(seconds(timeoutSeconds, "--timeout"))
        .fileTimeout(seconds(fileTimeoutSeconds, "--file-timeout"));
  }

  /**
   * The API token: {@code --token}, else the content of {@code --token-file}, else the {@code
   * NEUROVAULT_TOKEN} environment variable, else none.
   *
   * @throws IllegalArgumentException when the token file cannot be read or is empty
   */
  Optional<String> token() {
    if (token != null) {
      return Optional.of(token);
    }
    if (tokenFile != null) {
      try {
        String text = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) {
          throw new IllegalArgumentException("--token-file " + tokenFile + " is empty");
        }
        return Optional.of(text);
      } catch (IOException e) {
        throw new IllegalArgumentException(
            "cannot read --token-file " + tokenFile + ": " + e.getMessage(), e);
      }
    }
    String fromEnvironment = environment.apply(TOKEN_VARIABLE);
    return fromEnvironment == null || fromEnvironment.isBlank()
        ? Optional.empty()
        : Optional.of(fromEnvironment.strip());
  }

  private static Duration seconds(double value, String flag) {
    if (!(value > 0) || value > 1e9) {
      throw new IllegalArgumentException(
          flag + " must be a positive number of seconds, was " + value);
    }
    return Duration.ofMillis(Math.max(1, Math.round(value * 1000)));
  }

  private static void requireHttpUrl(String flag, String text, String example) {
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          flag + " is not a URL (" + e.getReason() + "): '" + text + "'; write it like " + example);
    }
    String scheme = uri.getScheme();
    require(
        ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
            && uri.getHost() != null,
        flag
            + " must be an http:// or https:// URL with a host, "
            + "like "
            + example
            + ", was '"
            + text
            + "'");
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
