package io.github.nvfetch.reactor.internal.harvest;

import java.util.OptionalInt;

/**
 * The one place where the download concurrency is derived: the client's default and bounds, the
 * connections it needs, a harvest's effective value (a request may lower the client's) and how far
 * a harvest works ahead of the store.
 */
public final class DownloadConcurrency {

  /** Image files in flight at once unless configured. */
  public static final int DEFAULT = 4;

  /** The most image files in flight at once that a client accepts. */
  public static final int MAX = 256;

  private DownloadConcurrency() {}

  /** Whether {@code value} is an accepted download concurrency. */
  public static boolean isValid(int value) {
    return value >= 1 && value <= MAX;
  }

  /** Sockets per host a client opens: one more than its downloads, for the metadata calls. */
  public static int connections(int maxConnections, int concurrency) {
    return Math.max(maxConnections, concurrency + 1);
  }

  /** A harvest's concurrency: the request's when it is lower than the client's. */
  public static int forHarvest(int client, OptionalInt requested) {
    return Math.min(client, requested.orElse(client));
  }

  /**
   * Images in progress at once, downloading or waiting for their turn to be stored: twice the
   * download concurrency, so that one slow file does not stop the others. It is also how far a slow
   * subscriber lets the harvest run ahead of what it consumed.
   */
  public static int window(int concurrency) {
    return 2 * concurrency;
  }
}
