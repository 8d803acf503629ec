package io.github.nvfetch.reactor.internal;

import io.github.nvfetch.core.words.NeurosynthWords;
import io.github.nvfetch.reactor.NotFoundException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import reactor.core.publisher.Mono;

/**
 * Neurosynth's decode API, {@code ?neurovault=<image id>}, behind its own circuit breaker and a
 * short timeout, with answers cached (an image with no words is cached as such; failures are
 * not cached).
 */
public final class NeurosynthApi {

  /** A usable decode answer: the document as served, and its word weights. */
  public record Answer(byte[] document, Map<String, Double> words) {}

  private final URI decodeUrl;
  private final HttpTransport http;
  private final Resilience resilience;
  private final Duration timeout;
  private final CoalescingCache<Long, Optional<Answer>> answers =
      new CoalescingCache<>(50_000, Duration.ofHours(6));

  /** Creates the API. */
  public NeurosynthApi(URI decodeUrl, HttpTransport http, Resilience resilience,
      Duration timeout) {
    this.decodeUrl = decodeUrl;
    this.http = http;
    this.resilience = resilience;
    this.timeout = timeout;
  }

  /** The decode address of an image. */
  public URI decodeUri(long imageId) {
    return Urls.withQuery(decodeUrl, Map.of("neurovault", String.valueOf(imageId)));
  }

  /**
   * The decode answer of an image; empty when Neurosynth has no words for it (404, or an answer
   * without word weights). Errors (outage, timeout) are signalled, not cached.
   */
  public Mono<Answer> decode(long imageId, EventSink events) {
    return answers.get(imageId, id -> load(id, events)).flatMap(Mono::justOrEmpty);
  }

  private Mono<Optional<Answer>> load(long imageId, EventSink events) {
    URI uri = decodeUri(imageId);
    Mono<byte[]> call = Mono.defer(() -> http.getBytes(uri, timeout));
    return resilience.decorate(call, Resilience.CallKind.NEUROSYNTH, uri, events)
        .map(bytes -> NeurosynthWords.parse(bytes).map(words -> new Answer(bytes, words)))
        .onErrorResume(NotFoundException.class, e -> Mono.just(Optional.empty()));
  }
}
