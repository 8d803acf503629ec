package io.github.nvfetch.reactor.internal.resilience;

import io.github.nvfetch.reactor.HarvestEvent;
import io.github.nvfetch.reactor.HttpStatusException;
import io.github.nvfetch.reactor.RetrySettings;
import io.github.nvfetch.reactor.internal.ClientMetrics;
import io.github.nvfetch.reactor.internal.ClientSettings;
import io.github.nvfetch.reactor.internal.EventSink;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.github.resilience4j.reactor.retry.RetryOperator;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The Resilience4j policies every request goes through: a rate limiter per host (shared by every
 * request of the client to that host), a circuit breaker per service, and a fresh retry per call,
 * applied in that order with {@code transformDeferred} so that every attempt takes a new rate-limit
 * permission and passes the breaker again. An {@link AdaptivePacer} per host slows the requests
 * below the configured rate while the server throttles.
 */
public final class Resilience {

  /** The two services, each with its own circuit breaker. */
  public enum Service {
    NEUROVAULT,
    NEUROSYNTH
  }

  /**
   * What a call fetches, which decides what is retried and for how long: see {@link FailureTable},
   * the one place where the budgets are stated.
   */
  public enum CallKind {
    /** A page of a list. */
    PAGE(Service.NEUROVAULT),
    /** One collection or image record. */
    RECORD(Service.NEUROVAULT),
    /** An image file. */
    FILE(Service.NEUROVAULT),
    /** A Neurosynth decode. */
    NEUROSYNTH(Service.NEUROSYNTH);

    private final Service service;

    CallKind(Service service) {
      this.service = service;
    }

    /** The service the call goes to. */
    public Service service() {
      return service;
    }
  }

  private final RateLimiterConfig limiterConfig;
  private final HostBudgets budgets;
  private final Map<String, HostBudgets.Budget> joined = new ConcurrentHashMap<>();
  private final double requestsPerSecond;
  private final int burst;
  private final Map<Service, CircuitBreaker> breakers;
  private final Map<CallKind, FailureTable.Budget> failureBudgets =
      new java.util.EnumMap<>(CallKind.class);
  private final CircuitBreakerRegistry breakerRegistry = CircuitBreakerRegistry.ofDefaults();
  private final ClientMetrics metrics;

  /** The client's downloads, shared in turn between its harvests (one connection kept free). */
  private final FairSlots downloads;

  /** Builds the policies from the client settings. */
  public Resilience(ClientSettings settings) {
    this(settings, ClientMetrics.NONE);
  }

  /** Builds the policies with budgets of its own, measured into {@code metrics}. */
  public Resilience(ClientSettings settings, ClientMetrics metrics) {
    this(settings, metrics, new HostBudgets());
  }

  /**
   * Builds the policies from the client settings, measuring them into {@code metrics}, drawing rate
   * permissions from {@code budgets} (shared with other clients, or not).
   */
  public Resilience(ClientSettings settings, ClientMetrics metrics, HostBudgets budgets) {
    this.metrics = metrics;
    this.budgets = budgets;
    this.requestsPerSecond = settings.requestsPerSecond();
    this.burst = burstOf(settings);
    this.downloads =
        new FairSlots(Math.max(settings.downloadConcurrency(), settings.maxConnections() - 1));
    long periodNanos = Math.max(1, Math.round(1e9 / settings.requestsPerSecond()));
    this.limiterConfig =
        RateLimiterConfig.custom()
            .limitForPeriod(1)
            .limitRefreshPeriod(Duration.ofNanos(periodNanos))
            .timeoutDuration(Duration.ofDays(1))
            .build();
    this.breakers =
        Map.of(
            Service.NEUROVAULT, breakerRegistry.circuitBreaker("neurovault", breakerConfig()),
            Service.NEUROSYNTH, breakerRegistry.circuitBreaker("neurosynth", breakerConfig()));
    metrics.bindBreakers(breakerRegistry);
    for (CallKind kind : CallKind.values()) {
      failureBudgets.put(kind, FailureTable.budget(kind, settings.retry()));
    }
  }

  /**
   * How many requests may go at once after an idle spell (the start of a harvest): one per download
   * and one for a page, never more than {@link FairPermits#MAX_BURST}. The long-run rate stays the
   * configured one.
   */
  public static int burstOf(ClientSettings settings) {
    return FairPermits.clampBurst(settings.downloadConcurrency() + 1);
  }

  /** Breakers record results on network threads: their metrics must never take a lock. */
  private static CircuitBreakerConfig breakerConfig() {
    return CircuitBreakerConfig.custom()
        .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
        .slidingWindowSize(20)
        .slidingWindowSynchronizationStrategy(
            CircuitBreakerConfig.SlidingWindowSynchronizationStrategy.LOCK_FREE)
        .minimumNumberOfCalls(10)
        .failureRateThreshold(60)
        .waitDurationInOpenState(Duration.ofSeconds(2))
        .permittedNumberOfCallsInHalfOpenState(2)
        .recordException(FailureKinds::isServerFailure)
        .build();
  }

  /**
   * The retry of one call: its kind's attempts and failures, and no new attempt once the kind's
   * total time has passed since the first attempt began (measured on the parallel scheduler's
   * clock, which virtual time replaces in tests).
   */
  private static RetryConfig retryConfig(FailureTable.Budget budget) {
    RetrySettings settings = budget.retry();
    BackoffPolicy backoff =
        new BackoffPolicy(settings, () -> ThreadLocalRandom.current().nextDouble());
    long started = now();
    long deadline = started + budget.totalTime().toNanos();
    Predicate<Throwable> retryOn = budget.retryOn();
    return RetryConfig.custom()
        .maxAttempts(settings.maxAttempts())
        .retryOnException(e -> retryOn.test(e) && now() < deadline)
        .intervalBiFunction(
            (attempt, outcome) ->
                backoff.delay(attempt, outcome.isLeft() ? outcome.getLeft() : null).toMillis())
        .build();
  }

  private static long now() {
    return Schedulers.parallel().now(TimeUnit.NANOSECONDS);
  }

  /** The circuit breaker of a service (for diagnostics and tests). */
  public CircuitBreaker breaker(Service service) {
    return breakers.get(service);
  }

  /**
   * Applies rate limiter, circuit breaker and retry to one call. Each retry is reported to {@code
   * events}.
   */
  public <T> Mono<T> decorate(Mono<T> call, CallKind kind, URI uri, EventSink events) {
    return retried(limited(call, kind, uri), kind, uri, events);
  }

  /** A call timed, paced and given a rate permission, the pacer told how it went. */
  private <T> Mono<T> limited(Mono<T> call, CallKind kind, URI uri) {
    return Mono.defer(
        () -> {
          AdaptivePacer pacer = pacerFor(uri);
          return metrics
              .timeRequest(call, kind)
              .doOnSuccess(value -> pacer.succeeded())
              .doOnError(
                  e -> {
                    if (FailureKinds.isThrottling(e)) {
                      metrics.throttled(((HttpStatusException) e).status());
                      pacer.throttled();
                    }
                  })
              .transformDeferred(rateLimited(budgetOf(uri).permits(), metrics))
              .transformDeferred(pacer::paced);
        });
  }

  /** Each attempt through the service's breaker, the attempts retried per the failure table. */
  private <T> Mono<T> retried(Mono<T> attempt, CallKind kind, URI uri, EventSink events) {
    return Mono.defer(
        () -> {
          Retry retry = Retry.of("call", retryConfig(failureBudgets.get(kind)));
          reportRetries(retry, kind, uri, events);
          return attempt
              .transformDeferred(CircuitBreakerOperator.of(breakers.get(kind.service())))
              .transformDeferred(RetryOperator.of(retry));
        });
  }

  /** The adaptive pacer of a host (for diagnostics and tests). */
  public AdaptivePacer pacerFor(URI uri) {
    return budgetOf(uri).pacer();
  }

  /**
   * Takes a permission from the host's rate limiter when the harvest's turn comes ({@link
   * FairPermits}), waiting with a delay that cancellation stops. (Resilience4j's own
   * RateLimiterOperator waits with a delay it does not cancel, so a cancelled download would still
   * start after its wait.)
   */
  private static <T> Function<Mono<T>, Mono<T>> rateLimited(
      FairPermits permits, ClientMetrics metrics) {
    return call -> permits.permitted(call, metrics);
  }

  /**
   * The transfer of one download attempt (a file's body into its part file): in one of the client's
   * download slots, shared in turn between harvests, and with a rate permission. The slot is freed
   * as soon as the transfer ends, so checking the file does not hold it.
   */
  public <T> Mono<T> fileTransfer(Mono<T> transfer, URI uri) {
    return downloads.withSlot(limited(transfer, CallKind.FILE, uri));
  }

  /**
   * The retries of a file download, whose {@code attempt} is a {@link #fileTransfer} followed by
   * the file's checks. One retry loop only: a body that failed the gzip/NIfTI check after a
   * complete transfer is deterministic and not downloaded again.
   */
  public <T> Mono<T> retriedDownload(Mono<T> attempt, URI uri, EventSink events) {
    return retried(attempt, CallKind.FILE, uri, events);
  }

  private void reportRetries(Retry retry, CallKind kind, URI uri, EventSink events) {
    retry.getEventPublisher().onRetry(e -> metrics.retryScheduled(kind));
    if (events.isSilent()) {
      return;
    }
    retry
        .getEventPublisher()
        .onRetry(
            e ->
                events.emit(
                    new HarvestEvent.RetryScheduled(
                        uri,
                        e.getNumberOfRetryAttempts(),
                        e.getWaitInterval(),
                        String.valueOf(
                            e.getLastThrowable() == null
                                ? ""
                                : e.getLastThrowable().getMessage()))));
  }

  private HostBudgets.Budget budgetOf(URI uri) {
    return joined.computeIfAbsent(
        HostBudgets.key(uri), key -> budgets.join(key, limiterConfig, requestsPerSecond, burst));
  }

  /** Leaves the hosts' budgets this client joined (shared budgets live on for other clients). */
  public void close() {
    joined.keySet().forEach(budgets::leave);
    joined.clear();
  }
}
