package io.github.nvfetch.reactor;

import io.github.nvfetch.reactor.internal.ClientSettings;
import io.github.nvfetch.reactor.internal.harvest.DownloadConcurrency;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * Configures a {@link NeuroVaultClient}. Every setting has a default that stays under the live
 * service's limits (nginx allows about 10 requests/s and 10 connections per address); values are
 * validated by {@link #build()}.
 */
public final class NeuroVaultClientBuilder {

  /** The live NeuroVault service. */
  public static final URI DEFAULT_BASE_URL = URI.create("https://neurovault.org");

  /** The live Neurosynth decode endpoint. */
  public static final URI DEFAULT_NEUROSYNTH_URL =
      URI.create("https://neurosynth.org/api/v2/decode/");

  /** Image files in flight at once unless {@link #downloadConcurrency} says otherwise. */
  public static final int DEFAULT_DOWNLOAD_CONCURRENCY = DownloadConcurrency.DEFAULT;

  /** The highest {@link #downloadConcurrency} accepted. */
  public static final int MAX_DOWNLOAD_CONCURRENCY = DownloadConcurrency.MAX;

  private URI baseUrl = DEFAULT_BASE_URL;
  private URI neurosynthUrl = DEFAULT_NEUROSYNTH_URL;
  private double requestsPerSecond = 8;
  private int maxConnections = 6;
  private int downloadConcurrency = DEFAULT_DOWNLOAD_CONCURRENCY;
  private int pageSize = 100;
  private Duration connectTimeout = Duration.ofSeconds(10);
  private Duration responseTimeout = Duration.ofSeconds(60);
  private Duration fileTimeout = Duration.ofMinutes(10);
  private Duration neurosynthTimeout = Duration.ofSeconds(15);
  private RetrySettings retry = RetrySettings.DEFAULTS;
  private @Nullable String apiToken;
  private int maxConsecutiveFailures = 100;
  private long maxFileBytes = 2L << 30;
  private HarvestListener listener = HarvestListener.NONE;
  private @Nullable HttpClient httpClient;
  private @Nullable ConnectionProvider connectionProvider;
  private int ioThreads = 0;
  private @Nullable Object meterRegistry;
  private boolean nettyMetrics;
  private Limits limits = Limits.jvmWide();

  NeuroVaultClientBuilder() {}

  /** NeuroVault's address (default {@code https://neurovault.org}). */
  public NeuroVaultClientBuilder baseUrl(String value) {
    this.baseUrl = URI.create(Objects.requireNonNull(value, "baseUrl"));
    return this;
  }

  /** Neurosynth's decode endpoint (default {@code https://neurosynth.org/api/v2/decode/}). */
  public NeuroVaultClientBuilder neurosynthUrl(String value) {
    this.neurosynthUrl = URI.create(Objects.requireNonNull(value, "neurosynthUrl"));
    return this;
  }

  /** Requests per second to each host, shared by every request of the client (default 8). */
  public NeuroVaultClientBuilder requestsPerSecond(double value) {
    this.requestsPerSecond = value;
    return this;
  }

  /**
   * Sockets per host at most (default 6). Raised to the download concurrency plus one when that is
   * larger, so that a page request never waits behind the downloads.
   */
  public NeuroVaultClientBuilder maxConnections(int value) {
    this.maxConnections = value;
    return this;
  }

  /** Image files downloaded at the same time at most (default 4). */
  public NeuroVaultClientBuilder downloadConcurrency(int value) {
    this.downloadConcurrency = value;
    return this;
  }

  /** {@code limit} of list pages, 1 to 1000 (default 100, as nilearn). */
  public NeuroVaultClientBuilder pageSize(int value) {
    this.pageSize = value;
    return this;
  }

  /** TCP connect timeout (default 10 s). */
  public NeuroVaultClientBuilder connectTimeout(Duration value) {
    this.connectTimeout = value;
    return this;
  }

  /** Longest wait for a response, or between two reads of a body (default 60 s). */
  public NeuroVaultClientBuilder responseTimeout(Duration value) {
    this.responseTimeout = value;
    return this;
  }

  /** Longest time for one attempt at one whole image file (default 10 min). */
  public NeuroVaultClientBuilder fileTimeout(Duration value) {
    this.fileTimeout = value;
    return this;
  }

  /** Longest time for one Neurosynth request (default 15 s). */
  public NeuroVaultClientBuilder neurosynthTimeout(Duration value) {
    this.neurosynthTimeout = value;
    return this;
  }

  /** Retry settings of NeuroVault requests. */
  public NeuroVaultClientBuilder retry(RetrySettings value) {
    this.retry = Objects.requireNonNull(value, "retry");
    return this;
  }

  /**
   * A NeuroVault API token, sent as {@code Authorization: Token <token>} to the NeuroVault host
   * only (never to another host, redirects included). Lets you read your private collections.
   */
  public NeuroVaultClientBuilder apiToken(String value) {
    this.apiToken = value;
    return this;
  }

  /** Images failing in a row that abort a harvest (default 100, as nilearn). */
  public NeuroVaultClientBuilder maxConsecutiveFailures(int value) {
    this.maxConsecutiveFailures = value;
    return this;
  }

  /** Largest image file accepted, in bytes (default 2 GiB). */
  public NeuroVaultClientBuilder maxFileBytes(long value) {
    this.maxFileBytes = value;
    return this;
  }

  /** A listener for the progress events of every call of this client. */
  public NeuroVaultClientBuilder listener(HarvestListener value) {
    this.listener = Objects.requireNonNull(value, "listener");
    return this;
  }

  /**
   * A Reactor Netty client to use instead of the client's own (its pool is then yours to dispose).
   * Timeouts, redirect policy and headers are still applied on top of it.
   */
  public NeuroVaultClientBuilder httpClient(HttpClient value) {
    this.httpClient = value;
    return this;
  }

  /** A connection pool to use instead of the client's own (yours to dispose). */
  public NeuroVaultClientBuilder connectionProvider(ConnectionProvider value) {
    this.connectionProvider = value;
    return this;
  }

  /** Threads for blocking file I/O (default: twice the download concurrency, at least 4). */
  public NeuroVaultClientBuilder ioThreads(int value) {
    this.ioThreads = value;
    return this;
  }

  /**
   * Publishes the client's meters (names starting with {@code nvfetch.}, listed in the README's
   * "Metrics" section) to {@code registry}, and the circuit breakers' through Resilience4j's
   * Micrometer binder. Micrometer is an optional dependency of the SDK: add {@code
   * io.micrometer:micrometer-core} (and {@code io.github.resilience4j:resilience4j-micrometer}) to
   * use this; without a registry the SDK never loads a Micrometer class.
   */
  public NeuroVaultClientBuilder meterRegistry(
      io.micrometer.core.instrument.MeterRegistry registry) {
    this.meterRegistry = Objects.requireNonNull(registry, "registry");
    return this;
  }

  /**
   * Also turns on Reactor Netty's HTTP client metrics ({@code reactor.netty.http.client.*}, URIs
   * tagged by path template), default off. Reactor Netty records them in Micrometer's global
   * registry, to which the {@link #meterRegistry} is then added. Needs a meter registry.
   */
  public NeuroVaultClientBuilder nettyMetrics(boolean enabled) {
    this.nettyMetrics = enabled;
    return this;
  }

  /**
   * Which clients share this one's per-host request rate and connection pool (default {@link
   * Limits#jvmWide()}: every client of the JVM targeting the same host, since NeuroVault limits per
   * IP address).
   */
  public NeuroVaultClientBuilder limits(Limits value) {
    this.limits = Objects.requireNonNull(value, "limits");
    return this;
  }

  /**
   * Validates the settings and builds the client.
   *
   * @throws IllegalArgumentException naming the first invalid setting
   */
  public NeuroVaultClient build() {
    return new NeuroVaultClient(settings(), limits.budgetsForNewClient());
  }

  ClientSettings settings() {
    requireHttpUrl(baseUrl, "baseUrl");
    requireHttpUrl(neurosynthUrl, "neurosynthUrl");
    require(
        requestsPerSecond > 0 && requestsPerSecond <= 10_000,
        "requestsPerSecond must be in (0, 10000], was " + requestsPerSecond);
    require(maxConnections >= 1, "maxConnections must be at least 1, was " + maxConnections);
    require(
        DownloadConcurrency.isValid(downloadConcurrency),
        "downloadConcurrency must be in [1, "
            + MAX_DOWNLOAD_CONCURRENCY
            + "], was "
            + downloadConcurrency);
    require(pageSize >= 1 && pageSize <= 1000, "pageSize must be in [1, 1000], was " + pageSize);
    requirePositive(connectTimeout, "connectTimeout");
    requirePositive(responseTimeout, "responseTimeout");
    requirePositive(fileTimeout, "fileTimeout");
    requirePositive(neurosynthTimeout, "neurosynthTimeout");
    require(
        maxConsecutiveFailures >= 1,
        "maxConsecutiveFailures must be at least 1, was " + maxConsecutiveFailures);
    require(maxFileBytes >= 1024, "maxFileBytes must be at least 1024, was " + maxFileBytes);
    require(!nettyMetrics || meterRegistry != null, "nettyMetrics needs a meterRegistry");
    require(ioThreads >= 0, "ioThreads must not be negative, was " + ioThreads);
    require(
        apiToken == null
            || (!apiToken.isBlank()
                && apiToken.strip().equals(apiToken)
                && apiToken.chars().noneMatch(Character::isISOControl)),
        "apiToken must be a plain token");
    return new ClientSettings(
        baseUrl,
        neurosynthUrl,
        requestsPerSecond,
        DownloadConcurrency.connections(maxConnections, downloadConcurrency),
        downloadConcurrency,
        pageSize,
        connectTimeout,
        responseTimeout,
        fileTimeout,
        neurosynthTimeout,
        retry,
        Optional.ofNullable(apiToken),
        maxConsecutiveFailures,
        maxFileBytes,
        listener,
        Optional.ofNullable(httpClient),
        Optional.ofNullable(connectionProvider),
        ioThreads > 0 ? ioThreads : Math.max(4, 2 * downloadConcurrency),
        Optional.ofNullable(meterRegistry),
        nettyMetrics);
  }

  private static void requireHttpUrl(URI uri, String name) {
    String scheme = uri.getScheme();
    require(
        ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
            && uri.getHost() != null,
        name + " must be an http(s) URL with a host, was " + uri);
  }

  private static void requirePositive(Duration d, String name) {
    require(d != null && !d.isNegative() && !d.isZero(), name + " must be positive, was " + d);
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
