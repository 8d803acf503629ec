package io.github.nvfetch.testkit.internal.http;

import java.time.Instant;

/** The mutable bookkeeping of one counted request, filled while it is answered. */
final class Exchange {

  final String method;
  final String target;
  final String route;
  final String client;
  final Instant start;
  final long startNanos;
  volatile int status;
  volatile long bytes;
  volatile boolean holdsSlot;

  Exchange(
      String method, String target, String route, String client, Instant start, long startNanos) {
    this.method = method;
    this.target = target;
    this.route = route;
    this.client = client;
    this.start = start;
    this.startNanos = startNanos;
  }
}
