package io.github.nvfetch.reactor.internal.api;

import io.github.nvfetch.core.ImageMeta;
import io.github.nvfetch.core.words.NeurosynthWords;
import io.github.nvfetch.reactor.HttpStatusException;
import io.github.nvfetch.reactor.NotFoundException;
import io.github.nvfetch.reactor.internal.EventSink;
import io.github.nvfetch.reactor.internal.http.HttpTransport;
import io.github.nvfetch.reactor.internal.resilience.Resilience;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import reactor.core.publisher.Mono;

/**
 * Neurosynth's decode API, {@code ?neurovault=<image id>}, behind its own circuit breaker and a
 * short timeout, with answers cached (an image with no words is cached as such: 404, 413 and 415
 * are final and never retried; failures are not cached). Images over Neurosynth's size limit are
 * not sent at all.
 */
public final class NeurosynthApi {

  /** Neurosynth decodes files up to this size; it answers 413 to larger ones. */
  public static final long MAX_FILE_BYTES = 4_000_000;

  /** Answers that are final for an image: 404 no image, 413 too large, 415 not a NIfTI file. */
  private static final java.util.Set<Integer> PERMANENT_STATUS = java.util.Set.of(404, 413, 415);

  /** A usable decode answer: the document as served, and its word weights. */
  public record Answer(byte[] document, Map<String, Double> words) {}

  private final URI decodeUrl;
  private final HttpTransport http;
  private final Resilience resilience;
  private final Duration timeout;
  private final CoalescingCache<Long, Optional<Answer>> answers =
      new CoalescingCache<>(50_000, Duration.ofHours(6));

  /** Creates the API. */
  public NeurosynthApi(URI decodeUrl, HttpTransport http, Resilience resilience, Duration timeout) {
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

  /**
   * The decode answer of an image, without asking Neurosynth when the image's {@code file_size} is
   * over its {@link #MAX_FILE_BYTES} limit (it would answer 413): then an error saying so.
   */
  public Mono<Answer> decode(ImageMeta image, EventSink events) {
    java.util.OptionalLong size = image.fileSize();
    if (size.isPresent() && size.getAsLong() > MAX_FILE_BYTES) {
      return Mono.error(
          new IllegalStateException(
              "not sent to Neurosynth: the file is "
                  + size.getAsLong()
                  + " bytes, over its "
                  + MAX_FILE_BYTES
                  + "-byte limit"));
    }
    return decode(image.id(), events);
  }

  private Mono<Optional<Answer>> load(long imageId, EventSink events) {
    URI uri = decodeUri(imageId);
    Mono<byte[]> call = Mono.defer(() -> http.getBytes(uri, timeout));
    return resilience
        .decorate(call, Resilience.CallKind.NEUROSYNTH, uri, events)
        .map(bytes -> NeurosynthWords.parse(bytes).map(words -> new Answer(bytes, words)))
        .onErrorResume(NeurosynthApi::isPermanent, e -> Mono.just(Optional.empty()));
  }

  /** 404, 413 and 415 are Neurosynth's final word on an image: no words, not retried. */
  private static boolean isPermanent(Throwable e) {
    return e instanceof NotFoundException
        || (e instanceof HttpStatusException status && PERMANENT_STATUS.contains(status.status()));
  }
}
