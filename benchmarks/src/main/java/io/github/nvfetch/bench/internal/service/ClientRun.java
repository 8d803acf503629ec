package io.github.nvfetch.bench.internal.service;

import io.github.nvfetch.examples.service.NdjsonSplitter;
import java.time.Duration;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

/**
 * One client's run against the service: when its first image line arrived and how many came.
 *
 * @param plan what it asked for
 * @param firstImageNanos from sending the request to its first image line; -1 when none came
 * @param images image lines received
 * @param ending {@code completed}, {@code disconnected}, {@code error} or {@code cut off}
 */
public record ClientRun(ClientPlan plan, long firstImageNanos, int images, String ending) {

  /** Runs a client: starts after its delay, reads the stream, leaves when its plan says so. */
  public static Mono<ClientRun> of(ClientPlan plan, String serviceUrl) {
    return Mono.delay(plan.start())
        .then(
            Mono.defer(
                () -> {
                  long sent = System.nanoTime();
                  long[] first = {-1};
                  int[] images = {0};
                  var lines =
                      HttpClient.newConnection()
                          .baseUrl(serviceUrl)
                          .responseTimeout(Duration.ofMinutes(5))
                          .get()
                          .uri(plan.uri())
                          .response((response, body) -> NdjsonSplitter.lines(body.asByteArray()))
                          .filter(line -> line.startsWith("{\"id\""))
                          .doOnNext(
                              line -> {
                                if (images[0]++ == 0) {
                                  first[0] = System.nanoTime() - sent;
                                }
                              });
                  var read = plan.leaves() ? lines.take(plan.leaveAfter()) : lines;
                  return read.then(
                          Mono.fromCallable(
                              () ->
                                  new ClientRun(
                                      plan,
                                      first[0],
                                      images[0],
                                      plan.leaves() && images[0] >= plan.leaveAfter()
                                          ? "disconnected"
                                          : "completed")))
                      .onErrorResume(
                          e -> Mono.just(new ClientRun(plan, first[0], images[0], "error")));
                }));
  }

  /** A client the run's bound cut off. */
  public static ClientRun cutOff(ClientPlan plan) {
    return new ClientRun(plan, -1, 0, "cut off");
  }
}
