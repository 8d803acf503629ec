package io.github.nvfetch.reactor.internal;

import io.github.nvfetch.reactor.HarvestListener;
import io.github.nvfetch.reactor.RetrySettings;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * Every setting of a client, validated by the public builder.
 *
 * @param baseUrl NeuroVault's address, e.g. {@code https://neurovault.org}
 * @param neurosynthUrl the decode endpoint, e.g. {@code https://neurosynth.org/api/v2/decode/}
 * @param requestsPerSecond the rate of requests to each host
 * @param maxConnections sockets per host at most
 * @param downloadConcurrency image files in flight at most
 * @param pageSize {@code limit} of list pages
 * @param connectTimeout TCP connect timeout
 * @param responseTimeout longest wait for a response (or between two reads)
 * @param fileTimeout longest time for one whole file download attempt
 * @param neurosynthTimeout longest time for one Neurosynth request
 * @param retry the retry settings of NeuroVault requests
 * @param apiToken NeuroVault API token, sent only to the NeuroVault host
 * @param maxConsecutiveFailures image failures in a row that abort a harvest
 * @param maxFileBytes largest image file accepted
 * @param listener the client-wide progress listener
 * @param httpClient an injected Reactor Netty client, if any
 * @param connectionProvider an injected connection pool, if any
 * @param ioThreads threads for blocking file I/O
 * @param meterRegistry a Micrometer {@code MeterRegistry}, if any (typed {@code Object} so that
 *     nothing but the metrics package needs Micrometer)
 * @param nettyMetrics whether Reactor Netty's own client metrics are turned on
 */
public record ClientSettings(
    URI baseUrl,
    URI neurosynthUrl,
    double requestsPerSecond,
    int maxConnections,
    int downloadConcurrency,
    int pageSize,
    Duration connectTimeout,
    Duration responseTimeout,
    Duration fileTimeout,
    Duration neurosynthTimeout,
    RetrySettings retry,
    Optional<String> apiToken,
    int maxConsecutiveFailures,
    long maxFileBytes,
    HarvestListener listener,
    Optional<HttpClient> httpClient,
    Optional<ConnectionProvider> connectionProvider,
    int ioThreads,
    Optional<Object> meterRegistry,
    boolean nettyMetrics) {}
