package io.github.nvfetch.testkit.internal.http;

import io.github.nvfetch.testkit.CorpusSpec;
import io.github.nvfetch.testkit.Faults;
import io.github.nvfetch.testkit.Hostility;
import io.github.nvfetch.testkit.LinkScheme;
import io.github.nvfetch.testkit.LoggedRequest;
import io.github.nvfetch.testkit.ReplicaRoute;
import io.github.nvfetch.testkit.RouteClass;
import io.github.nvfetch.testkit.VolumeMix;
import io.github.nvfetch.testkit.internal.faults.FaultPlan;
import io.github.nvfetch.testkit.internal.faults.FaultPlanner;
import io.github.nvfetch.testkit.internal.faults.InFlightLimiter;
import io.github.nvfetch.testkit.internal.faults.NginxRateLimiter;
import io.github.nvfetch.testkit.internal.faults.ReplyFaults;
import io.github.nvfetch.testkit.internal.faults.Transport;
import io.github.nvfetch.testkit.internal.hostile.HostileReplies;
import io.github.nvfetch.testkit.internal.stats.RequestLogBuffer;
import io.github.nvfetch.testkit.internal.stats.StatsRecorder;
import io.netty.handler.codec.http.HttpHeaderNames;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * The request pipeline: route, count, nginx-like limits (503 at once, no {@code Retry-After}),
 * fault plan, delay ({@code Mono.delay}, never blocking an event loop), endpoint, answer-dependent
 * faults, send, log.
 */
public final class ReplicaHandler
    implements BiFunction<HttpServerRequest, HttpServerResponse, Publisher<Void>> {

  private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.\\-:\\[\\]]{1,255}");

  private final CorpusSpec spec;
  private final Endpoints endpoints;
  private final Supplier<Faults> faults;
  private final Supplier<Hostility> hostility;
  private final FaultPlanner planner;
  private final NginxRateLimiter rateLimiter;
  private final InFlightLimiter inFlight = new InFlightLimiter();
  private final StatsRecorder stats;
  private final RequestLogBuffer log;
  private final ControlEndpoint control;

  /**
   * Creates the pipeline.
   *
   * @param spec the corpus spec (keys, link scheme)
   * @param endpoints the endpoints
   * @param faults the current faults
   * @param planner the fault planner
   * @param rateLimiter the limit_req limiter
   * @param stats the stats
   * @param log the request log
   * @param reset what {@code POST /_replica/stats/reset} does
   * @param hostility the JSON-level hostility in force
   */
  public ReplicaHandler(
      CorpusSpec spec,
      Endpoints endpoints,
      Supplier<Faults> faults,
      FaultPlanner planner,
      NginxRateLimiter rateLimiter,
      StatsRecorder stats,
      RequestLogBuffer log,
      Runnable reset,
      Supplier<Hostility> hostility) {
    this.spec = spec;
    this.endpoints = endpoints;
    this.faults = faults;
    this.hostility = hostility;
    this.planner = planner;
    this.rateLimiter = rateLimiter;
    this.stats = stats;
    this.log = log;
    this.control = new ControlEndpoint(stats, reset);
  }

  @Override
  public Publisher<Void> apply(HttpServerRequest req, HttpServerResponse res) {
    long startNanos = System.nanoTime();
    RequestTarget target = RequestTarget.parse(req.uri());
    ResolvedRoute route = Router.resolve(target.path());
    String method = req.method().name();
    boolean head = method.equals("HEAD");
    if (route.isControl()) {
      return ReplySender.send(
          res, control.handle(method, route), head, Transport.NORMAL, null, null);
    }
    RequestContext ctx =
        new RequestContext(
            method,
            target,
            QueryString.parse(target.query()),
            route,
            linkBase(req),
            Caller.of(req.requestHeaders().get(HttpHeaderNames.AUTHORIZATION), spec.apiKeys()));
    Exchange ex =
        new Exchange(
            method, target.raw(), route.route().wireName(), client(req), Instant.now(), startNanos);
    stats.requestStarted(ex.route, startNanos);
    return Mono.defer(() -> process(ctx, ex, res, head)).doFinally(signal -> finish(ex));
  }

  private Mono<Void> process(
      RequestContext ctx, Exchange ex, HttpServerResponse res, boolean head) {
    Faults f = faults.get();
    RouteClass routeClass = ctx.route().route().routeClass();
    if (routeClass != RouteClass.NEUROSYNTH) {
      if (!rateLimiter.tryAcquire(ex.client, f.rateLimitPerSecond(), f.rateLimitBurst())) {
        return reject(res, ex, head, true);
      }
      if (!inFlight.tryAcquire(ex.client, f.maxInFlightPerClient())) {
        return reject(res, ex, head, false);
      }
      ex.holdsSlot = true;
    }
    FaultPlan plan = planner.plan(f, routeClass, ctx.method() + " " + ctx.target().raw());
    Mono<Reply> reply =
        plan.override() != null
            ? Mono.fromSupplier(() -> injected(plan))
            : Mono.fromSupplier(
                () ->
                    afterReplyFaults(
                        f,
                        plan,
                        HostileReplies.apply(hostility.get(), ctx, endpoints.handle(ctx))));
    if (generatesVolumes(ctx)) {
      reply = reply.subscribeOn(Schedulers.parallel());
    }
    if (!plan.delay().isZero()) {
      reply = Mono.delay(plan.delay()).then(reply);
    }
    return reply.flatMap(r -> ReplySender.send(res, r, head, transport(plan, r, head), plan, ex));
  }

  /** Varied files take tens of milliseconds of CPU to generate: never on an event loop. */
  private boolean generatesVolumes(RequestContext ctx) {
    return spec.volumes() == VolumeMix.VARIED && ctx.route().route() == ReplicaRoute.MEDIA_FILE;
  }

  private Reply injected(FaultPlan plan) {
    stats.faultInjected(plan.overrideTag());
    return plan.override();
  }

  private Reply afterReplyFaults(Faults f, FaultPlan plan, Reply reply) {
    if (ReplyFaults.poisoned(f, reply)) {
      stats.faultInjected("poison_page");
      return ReplyFaults.poison();
    }
    if (ReplyFaults.malformed(f, plan, reply)) {
      stats.faultInjected("malformed_json");
      return ReplyFaults.truncate(plan, reply);
    }
    return reply;
  }

  private Transport transport(FaultPlan plan, Reply reply, boolean head) {
    if (head
        || reply.kind() != ReplyKind.FILE
        || reply.status() != 200
        || plan.transport() == Transport.NORMAL) {
      return Transport.NORMAL;
    }
    stats.faultInjected(plan.transport() == Transport.RESET ? "reset_mid_body" : "short_body");
    return plan.transport();
  }

  private Mono<Void> reject(HttpServerResponse res, Exchange ex, boolean head, boolean rate) {
    stats.limiterRejected(rate);
    return ReplySender.send(res, Replies.nginxPage(503), head, Transport.NORMAL, null, ex);
  }

  private void finish(Exchange ex) {
    if (ex.holdsSlot) {
      inFlight.release(ex.client);
    }
    // Logged before it stops counting as in flight, so that awaitIdle() also covers the log.
    log.add(
        new LoggedRequest(
            ex.method,
            ex.target,
            ex.route,
            ex.status,
            ex.bytes,
            ex.start,
            Duration.ofNanos(System.nanoTime() - ex.startNanos),
            ex.client));
    stats.requestFinished(ex.status, ex.bytes);
  }

  private String linkBase(HttpServerRequest req) {
    String scheme = "http";
    if (spec.linkScheme() == LinkScheme.REQUEST) {
      String forwarded = req.requestHeaders().get("X-Forwarded-Proto");
      scheme =
          forwarded != null && forwarded.matches("(?i)https?")
              ? forwarded.toLowerCase(java.util.Locale.ROOT)
              : req.scheme();
    }
    String host = req.requestHeaders().get(HttpHeaderNames.HOST);
    if (host == null || !HOST.matcher(host).matches()) {
      InetSocketAddress local = req.hostAddress();
      host = local == null ? "127.0.0.1" : local.getHostString() + ":" + local.getPort();
    }
    return scheme + "://" + host;
  }

  private static String client(HttpServerRequest req) {
    InetSocketAddress remote = req.remoteAddress();
    return remote == null || remote.getAddress() == null
        ? "unknown"
        : remote.getAddress().getHostAddress();
  }
}
