package io.github.nvfetch.testkit;

import java.time.Duration;
import java.time.Instant;

/**
 * One request as the replica saw it.
 *
 * @param method the HTTP method
 * @param pathAndQuery the request target as received (raw path and query)
 * @param route the route name (see {@link ReplicaRoute#wireName()})
 * @param status the status code sent (0 if the connection broke before a status was chosen)
 * @param bytesSent body bytes written (partial for injected resets and short bodies)
 * @param start when the request arrived
 * @param duration from arrival to the end of the response (or the broken connection)
 * @param clientAddress the client's IP address
 */
public record LoggedRequest(
    String method,
    String pathAndQuery,
    String route,
    int status,
    long bytesSent,
    Instant start,
    Duration duration,
    String clientAddress) {}
