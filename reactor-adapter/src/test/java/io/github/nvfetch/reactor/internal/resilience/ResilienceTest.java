package io.github.nvfetch.reactor.internal.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.github.nvfetch.reactor.HarvestEvent;
import io.github.nvfetch.reactor.HttpStatusException;
import io.github.nvfetch.reactor.NotFoundException;
import io.github.nvfetch.reactor.TransportException;
import io.github.nvfetch.reactor.internal.EventDispatcher;
import io.github.nvfetch.reactor.internal.EventSink;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;
import reactor.test.publisher.PublisherProbe;

class ResilienceTest {

  private static final URI PAGE = URI.create("http://127.0.0.1:1/api/collections/?limit=100");

  /** A call failing with {@code error} the first {@code failures} times, then answering "ok". */
  private static Mono<String> failing(
      int failures, java.util.function.Supplier<Throwable> error, AtomicInteger subscriptions) {
    return Mono.defer(
        () ->
            subscriptions.incrementAndGet() <= failures
                ? Mono.error(error.get())
                : Mono.just("ok"));
  }

  @Test
  void retriesTransientStatusesWithExponentialBackoff() {
    Resilience resilience =
        new Resilience(TestSettings.with(10_000, TestSettings.noJitter(4, Duration.ofSeconds(1))));
    AtomicInteger calls = new AtomicInteger();

    StepVerifier.withVirtualTime(
            () ->
                resilience.decorate(
                    failing(2, () -> new HttpStatusException(503, PAGE, null, null), calls),
                    Resilience.CallKind.PAGE,
                    PAGE,
                    EventSink.none()))
        .expectSubscription()
        .expectNoEvent(Duration.ofMillis(2990))
        .thenAwait(Duration.ofMillis(20))
        .expectNext("ok")
        .expectComplete()
        .verify(Duration.ofSeconds(10));
    assertEquals(3, calls.get(), "1 s then 2 s: three attempts");
  }

  @Test
  void honoursRetryAfterInsteadOfTheBackoff() {
    Resilience resilience =
        new Resilience(TestSettings.with(10_000, TestSettings.noJitter(3, Duration.ofMillis(100))));
    AtomicInteger calls = new AtomicInteger();
    Duration retryAfter = Duration.ofSeconds(7);

    StepVerifier.withVirtualTime(
            () ->
                resilience.decorate(
                    failing(1, () -> new HttpStatusException(429, PAGE, null, retryAfter), calls),
                    Resilience.CallKind.PAGE,
                    PAGE,
                    EventSink.none()))
        .expectSubscription()
        .expectNoEvent(Duration.ofMillis(6990))
        .thenAwait(Duration.ofMillis(20))
        .expectNext("ok")
        .expectComplete()
        .verify(Duration.ofSeconds(10));
    assertEquals(2, calls.get());
  }

  @Test
  void givesUpAfterMaxAttemptsWithTheLastError() {
    Resilience resilience =
        new Resilience(TestSettings.with(10_000, TestSettings.noJitter(3, Duration.ofMillis(100))));
    AtomicInteger calls = new AtomicInteger();

    StepVerifier.withVirtualTime(
            () ->
                resilience.decorate(
                    failing(99, () -> new TransportException(PAGE, "reset", null), calls),
                    Resilience.CallKind.PAGE,
                    PAGE,
                    EventSink.none()))
        .thenAwait(Duration.ofSeconds(1))
        .expectError(TransportException.class)
        .verify(Duration.ofSeconds(10));
    assertEquals(3, calls.get());
  }

  @Test
  void doesNotRetryNotFound() {
    Resilience resilience =
        new Resilience(TestSettings.with(10_000, TestSettings.noJitter(5, Duration.ofMillis(100))));
    AtomicInteger calls = new AtomicInteger();

    StepVerifier.create(
            resilience.decorate(
                failing(99, () -> new NotFoundException(PAGE, "Not found."), calls),
                Resilience.CallKind.PAGE,
                PAGE,
                EventSink.none()))
        .expectError(NotFoundException.class)
        .verify(Duration.ofSeconds(5));
    assertEquals(1, calls.get());
  }

  @Test
  void reportsEachScheduledRetryToTheListeners() {
    Resilience resilience =
        new Resilience(TestSettings.with(10_000, TestSettings.noJitter(4, Duration.ofSeconds(1))));
    List<HarvestEvent> events = new CopyOnWriteArrayList<>();
    EventDispatcher dispatcher = new EventDispatcher("test-events");
    AtomicInteger calls = new AtomicInteger();

    StepVerifier.withVirtualTime(
            () ->
                resilience.decorate(
                    failing(2, () -> new HttpStatusException(502, PAGE, null, null), calls),
                    Resilience.CallKind.PAGE,
                    PAGE,
                    new EventSink(dispatcher, events::add)))
        .thenAwait(Duration.ofSeconds(5))
        .expectNext("ok")
        .verifyComplete();
    dispatcher.close();

    assertEquals(
        List.of(
            new HarvestEvent.RetryScheduled(
                PAGE, 1, Duration.ofSeconds(1), PAGE + " answered HTTP 502"),
            new HarvestEvent.RetryScheduled(
                PAGE, 2, Duration.ofSeconds(2), PAGE + " answered HTTP 502")),
        events);
  }

  @Test
  void rateLimiterSpacesRequestsEvenly() {
    Resilience resilience =
        new Resilience(TestSettings.with(4, TestSettings.noJitter(1, Duration.ofMillis(100))));

    StepVerifier.withVirtualTime(
            () ->
                Flux.range(0, 6)
                    .flatMap(
                        i ->
                            resilience.decorate(
                                Mono.just(i), Resilience.CallKind.PAGE, PAGE, EventSink.none())))
        .expectSubscription()
        .expectNextCount(1)
        .expectNoEvent(Duration.ofMillis(230))
        .thenAwait(Duration.ofMillis(40))
        .expectNextCount(1)
        .expectNoEvent(Duration.ofMillis(200))
        .thenAwait(Duration.ofMillis(60))
        .expectNextCount(1)
        .thenAwait(Duration.ofMillis(780))
        .expectNextCount(3)
        .verifyComplete();
  }

  @Test
  void openBreakerFailsFastWithoutCallingTheServer() {
    Resilience resilience =
        new Resilience(TestSettings.with(10_000, TestSettings.noJitter(1, Duration.ofMillis(100))));
    for (int i = 0; i < 10; i++) {
      resilience
          .decorate(
              Mono.error(new TransportException(PAGE, "refused", null)),
              Resilience.CallKind.PAGE,
              PAGE,
              EventSink.none())
          .onErrorResume(e -> Mono.empty())
          .block(Duration.ofSeconds(5));
    }
    assertEquals(
        CircuitBreaker.State.OPEN, resilience.breaker(Resilience.Service.NEUROVAULT).getState());
    PublisherProbe<String> server = PublisherProbe.of(Mono.just("ok"));

    StepVerifier.create(
            resilience.decorate(server.mono(), Resilience.CallKind.PAGE, PAGE, EventSink.none()))
        .expectErrorSatisfies(e -> assertInstanceOf(CallNotPermittedException.class, e))
        .verify(Duration.ofSeconds(5));
    server.assertWasNotSubscribed();
    assertEquals(
        CircuitBreaker.State.CLOSED,
        resilience.breaker(Resilience.Service.NEUROSYNTH).getState(),
        "each service has its own breaker");
  }

  @Test
  void throttlingDoesNotOpenTheBreaker() {
    Resilience resilience =
        new Resilience(TestSettings.with(10_000, TestSettings.noJitter(1, Duration.ofMillis(100))));
    for (int i = 0; i < 30; i++) {
      resilience
          .decorate(
              Mono.error(new HttpStatusException(503, PAGE, null, null)),
              Resilience.CallKind.PAGE,
              PAGE,
              EventSink.none())
          .onErrorResume(e -> Mono.empty())
          .block(Duration.ofSeconds(5));
    }
    assertEquals(
        CircuitBreaker.State.CLOSED, resilience.breaker(Resilience.Service.NEUROVAULT).getState());
  }
}
