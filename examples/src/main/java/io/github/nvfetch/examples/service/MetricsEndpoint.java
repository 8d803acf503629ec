package io.github.nvfetch.examples.service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.function.ToDoubleFunction;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.netty.http.server.HttpServerResponse;

/**
 * {@code GET /metrics}: the meters of the service's Micrometer registry (the shared client's, when
 * it was built with the same registry) in Prometheus' text format, plus the service's own gauge
 * {@code nvfetch.service.harvests.running}.
 */
final class MetricsEndpoint {

  /** Prometheus' text exposition format, version 0.0.4. */
  static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final PrometheusMeterRegistry registry;
  private final Scheduler scrapes;

  MetricsEndpoint(PrometheusMeterRegistry registry, HarvestRegistry harvests, Scheduler scrapes) {
    this.registry = registry;
    this.scrapes = scrapes;
    ToDoubleFunction<HarvestRegistry> running = HarvestRegistry::running;
    Gauge.builder("nvfetch.service.harvests.running", harvests, running)
        .description("Harvests the service is streaming now")
        .register(registry);
  }

  /** Answers a scrape (rendered off the network threads). */
  Mono<Void> answer(HttpServerResponse response) {
    return Mono.fromCallable(registry::scrape)
        .subscribeOn(scrapes)
        .flatMap(
            text ->
                response
                    .status(HttpResponseStatus.OK)
                    .header(HttpHeaderNames.CONTENT_TYPE, CONTENT_TYPE)
                    .sendString(Mono.just(text))
                    .then());
  }
}
