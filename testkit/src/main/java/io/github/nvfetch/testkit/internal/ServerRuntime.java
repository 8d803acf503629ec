package io.github.nvfetch.testkit.internal;

import io.github.nvfetch.testkit.Corpus;
import io.github.nvfetch.testkit.CorpusSpec;
import io.github.nvfetch.testkit.Faults;
import io.github.nvfetch.testkit.Hostility;
import io.github.nvfetch.testkit.LoggedRequest;
import io.github.nvfetch.testkit.ReplicaStats;
import io.github.nvfetch.testkit.internal.corpus.GeneratedCorpus;
import io.github.nvfetch.testkit.internal.faults.FaultPlanner;
import io.github.nvfetch.testkit.internal.faults.NginxRateLimiter;
import io.github.nvfetch.testkit.internal.http.Endpoints;
import io.github.nvfetch.testkit.internal.http.JsonCodec;
import io.github.nvfetch.testkit.internal.http.ReplicaHandler;
import io.github.nvfetch.testkit.internal.http.Replies;
import io.github.nvfetch.testkit.internal.stats.RequestLogBuffer;
import io.github.nvfetch.testkit.internal.stats.StatsJson;
import io.github.nvfetch.testkit.internal.stats.StatsRecorder;
import io.netty.channel.ChannelOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.resources.LoopResources;

/**
 * The running replica behind {@code ReplicaServer}: corpus, state, handler, and the bound Reactor
 * Netty server.
 */
public final class ServerRuntime {

  private static final Logger LOG = LoggerFactory.getLogger(ServerRuntime.class);

  private final GeneratedCorpus corpus;
  private final AtomicReference<Faults> faults;
  private final StatsRecorder stats = new StatsRecorder();
  private final RequestLogBuffer log;
  private final FaultPlanner planner = new FaultPlanner();
  private final NginxRateLimiter rateLimiter =
      new NginxRateLimiter(() -> System.nanoTime() / 1_000_000L);
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final AtomicReference<Hostility> hostility = new AtomicReference<>(Hostility.none());
  private LoopResources loops;
  private DisposableServer server;
  private String baseUrl;

  private ServerRuntime(GeneratedCorpus corpus, Faults faults, int logCapacity) {
    this.corpus = corpus;
    this.faults = new AtomicReference<>(faults);
    this.log = new RequestLogBuffer(logCapacity);
  }

  /**
   * Generates the corpus, binds and waits until listening.
   *
   * @param spec the corpus spec
   * @param faults the initial faults
   * @param host the interface
   * @param port the port (0 = free)
   * @param logCapacity the request log's capacity
   * @return the running runtime
   */
  public static ServerRuntime start(
      CorpusSpec spec, Faults faults, String host, int port, int logCapacity) {
    ServerRuntime runtime = new ServerRuntime(GeneratedCorpus.create(spec), faults, logCapacity);
    runtime.warmUp();
    runtime.bind(host, port);
    return runtime;
  }

  /**
   * Generates and serializes one record of each kind on the starting thread, so that class
   * initialisation (time zone rules, Jackson) never happens on an event loop.
   */
  private void warmUp() {
    corpus
        .allCollectionIds()
        .findFirst()
        .ifPresent(id -> JsonCodec.write(corpus.collectionJson(id, "http://localhost")));
    corpus
        .imageIds()
        .findFirst()
        .ifPresent(
            id -> {
              JsonCodec.write(corpus.imageJson(id, "http://localhost"));
              corpus.words(id);
            });
    Replies.notFound();
    JsonCodec.write(StatsJson.of(stats.snapshot()));
  }

  private void bind(String host, int port) {
    ReplicaHandler handler =
        new ReplicaHandler(
            corpus.spec(),
            new Endpoints(corpus),
            faults::get,
            planner,
            rateLimiter,
            stats,
            log,
            this::resetStats,
            hostility::get);
    loops =
        LoopResources.create(
            "nvfetch-replica", 1, Math.max(2, Runtime.getRuntime().availableProcessors()), true);
    try {
      server =
          HttpServer.create()
              .host(host)
              .port(port)
              .runOn(loops)
              .option(ChannelOption.SO_REUSEADDR, true)
              .doOnChannelInit(
                  (observer, channel, remote) -> {
                    stats.connectionOpened();
                    channel.closeFuture().addListener(f -> stats.connectionClosed());
                  })
              .handle(handler)
              .bindNow(Duration.ofSeconds(10));
    } catch (RuntimeException e) {
      loops.disposeLater(Duration.ZERO, Duration.ofSeconds(1)).block();
      throw new IllegalStateException(
          "cannot listen on " + host + ":" + port + ": " + rootMessage(e), e);
    }
    baseUrl = "http://" + urlHost(host) + ":" + server.port();
    LOG.info("replica listening on {} ({})", baseUrl, corpus.spec());
  }

  /** The API base URL. */
  public String baseUrl() {
    return baseUrl;
  }

  /** The bound port. */
  public int port() {
    return server.port();
  }

  /** The corpus. */
  public Corpus corpus() {
    return corpus;
  }

  /** A stats snapshot. */
  public ReplicaStats stats() {
    return stats.snapshot();
  }

  /** A request log snapshot. */
  public List<LoggedRequest> requestLog() {
    return log.snapshot();
  }

  /** Zeroes counters, log and attempt numbers. */
  public void resetStats() {
    stats.reset();
    log.clear();
    planner.reset();
  }

  /** Waits until no request is in flight; see {@code ReplicaServer#awaitIdle}. */
  public boolean awaitIdle(Duration timeout) {
    try {
      return stats.awaitIdle(timeout.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The JSON-level hostility in force. */
  public Hostility hostility() {
    return hostility.get();
  }

  /** Switches the JSON-level hostility; requests arriving afterwards see it. */
  public void setHostility(Hostility value) {
    hostility.set(value);
  }

  /** The faults in force. */
  public Faults faults() {
    return faults.get();
  }

  /** Switches faults. */
  public void setFaults(Faults value) {
    faults.set(value);
    planner.reset();
    rateLimiter.clear();
  }

  /** Whether listening. */
  public boolean isRunning() {
    return running.get();
  }

  /** Stops; idempotent. */
  public void stop() {
    if (running.compareAndSet(true, false)) {
      server.disposeNow(Duration.ofSeconds(5));
      loops.disposeLater(Duration.ZERO, Duration.ofSeconds(2)).block(Duration.ofSeconds(10));
      LOG.info("replica on {} stopped", baseUrl);
    }
  }

  private static String urlHost(String host) {
    if (host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) {
      return "127.0.0.1";
    }
    return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
