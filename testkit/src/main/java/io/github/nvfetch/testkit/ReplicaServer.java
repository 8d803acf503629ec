package io.github.nvfetch.testkit;

import io.github.nvfetch.testkit.internal.ServerRuntime;
import java.util.List;
import java.util.Objects;

/**
 * The NeuroVault + Neurosynth replica: a Reactor Netty HTTP server over a generated {@link Corpus},
 * with fault injection, a request log and counters. Thread-safe; {@link #close()} stops it.
 *
 * <pre>{@code
 * try (ReplicaServer server = ReplicaServer.builder()
 *     .corpus(CorpusSpec.builder().seed(42).collections(40).images(400).build())
 *     .faults(FaultProfile.NGINX)
 *     .start()) {
 *   String api = server.baseUrl();          // http://127.0.0.1:PORT
 *   String decoder = server.neurosynthUrl(); // http://127.0.0.1:PORT/api/v2/decode/
 * }
 * }</pre>
 */
public final class ReplicaServer implements AutoCloseable {

  /** Default capacity of the request log. */
  public static final int DEFAULT_REQUEST_LOG_CAPACITY = 200_000;

  private final ServerRuntime runtime;

  private ReplicaServer(ServerRuntime runtime) {
    this.runtime = runtime;
  }

  /** A builder: default corpus, no faults, 127.0.0.1, a free port. */
  public static Builder builder() {
    return new Builder();
  }

  /** The NeuroVault API base, e.g. {@code http://127.0.0.1:8080} (no trailing slash). */
  public String baseUrl() {
    return runtime.baseUrl();
  }

  /** The Neurosynth decode URL, {@code <baseUrl>/api/v2/decode/}. */
  public String neurosynthUrl() {
    return baseUrl() + "/api/v2/decode/";
  }

  /** The bound port. */
  public int port() {
    return runtime.port();
  }

  /** The corpus served. */
  public Corpus corpus() {
    return runtime.corpus();
  }

  /** A snapshot of the counters (the same figures as {@code GET /_replica/stats}). */
  public ReplicaStats stats() {
    return runtime.stats();
  }

  /**
   * A snapshot of the request log, oldest first (bounded; the oldest entries are dropped first).
   */
  public List<LoggedRequest> requestLog() {
    return runtime.requestLog();
  }

  /**
   * Zeroes the counters, empties the request log and restarts the fault draws' attempt numbers (as
   * {@code POST /_replica/stats/reset}).
   */
  public void resetStats() {
    runtime.resetStats();
  }

  /**
   * Waits until no request is in flight, so that every request whose answer a client has received
   * is counted in {@link #stats()} and present in {@link #requestLog()} (they are recorded when the
   * response completes, which may be just after the client has read it). Blocks the calling thread:
   * for tests, never for an event loop.
   *
   * @param timeout the longest wait
   * @return whether the server became idle in time (false if interrupted)
   */
  public boolean awaitIdle(java.time.Duration timeout) {
    return runtime.awaitIdle(Objects.requireNonNull(timeout, "timeout"));
  }

  /** The faults in force. */
  public Faults faults() {
    return runtime.faults();
  }

  /**
   * Switches faults at runtime; requests arriving afterwards see the new ones. Restarts the fault
   * draws' attempt numbers and the nginx-like limiter's state.
   */
  public void setFaults(Faults faults) {
    runtime.setFaults(Objects.requireNonNull(faults, "faults"));
  }

  /** The JSON-level hostility in force ({@link Hostility#none()} unless set). */
  public Hostility hostility() {
    return runtime.hostility();
  }

  /** Switches the JSON-level hostility at runtime; requests arriving afterwards see it. */
  public void setHostility(Hostility hostility) {
    runtime.setHostility(Objects.requireNonNull(hostility, "hostility"));
  }

  /** Whether the server is listening. */
  public boolean isRunning() {
    return runtime.isRunning();
  }

  /** Stops listening and releases the event loops; idempotent. The port can then be bound again. */
  public void stop() {
    runtime.stop();
  }

  /** Same as {@link #stop()}. */
  @Override
  public void close() {
    stop();
  }

  @Override
  public String toString() {
    return "ReplicaServer{" + baseUrl() + ", " + corpus().spec() + ", " + faults() + '}';
  }

  /** Mutable builder; {@link #start()} validates, binds and blocks until listening. */
  public static final class Builder {
    private CorpusSpec corpus = CorpusSpec.DEFAULT;
    private Faults faults = Faults.none();
    private String host = "127.0.0.1";
    private int port;
    private int requestLogCapacity = DEFAULT_REQUEST_LOG_CAPACITY;
    private Hostility hostility = Hostility.none();

    private Builder() {}

    /** Sets the JSON-level hostility of the list and record routes (default none). */
    public Builder hostility(Hostility value) {
      hostility = Objects.requireNonNull(value, "hostility");
      return this;
    }

    /** Sets the corpus (default {@link CorpusSpec#DEFAULT}). */
    public Builder corpus(CorpusSpec value) {
      corpus = Objects.requireNonNull(value, "corpus");
      return this;
    }

    /** Sets the faults (default none). */
    public Builder faults(Faults value) {
      faults = Objects.requireNonNull(value, "faults");
      return this;
    }

    /** Sets the faults of a named profile. */
    public Builder faults(FaultProfile profile) {
      return faults(Objects.requireNonNull(profile, "profile").faults());
    }

    /** Sets the interface to bind (default {@code 127.0.0.1}). */
    public Builder host(String value) {
      host = value;
      return this;
    }

    /** Sets the port, 0 for a free one (default 0). */
    public Builder port(int value) {
      port = value;
      return this;
    }

    /** Sets how many requests the log keeps, at least 0 (default 200,000). */
    public Builder requestLogCapacity(int value) {
      requestLogCapacity = value;
      return this;
    }

    /**
     * Validates, generates the corpus index, binds and waits until listening.
     *
     * @return the running server
     * @throws IllegalArgumentException if a setting is invalid
     * @throws IllegalStateException if the port cannot be bound
     */
    public ReplicaServer start() {
      if (host == null || host.isBlank()) {
        throw new IllegalArgumentException("host must not be blank");
      }
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port must be in [0, 65535]: " + port);
      }
      if (requestLogCapacity < 0) {
        throw new IllegalArgumentException(
            "requestLogCapacity must be >= 0: " + requestLogCapacity);
      }
      ServerRuntime runtime = ServerRuntime.start(corpus, faults, host, port, requestLogCapacity);
      runtime.setHostility(hostility);
      return new ReplicaServer(runtime);
    }
  }
}
