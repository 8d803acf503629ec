package io.github.nvfetch.reactor.internal.http;

import reactor.core.publisher.Mono;

/**
 * What to do with the body of a streamed {@code 200} response.
 *
 * @param <T> the result
 */
@FunctionalInterface
public interface BodyHandler<T> {

  /**
   * Consumes the body.
   *
   * @param declaredLength the response's {@code Content-Length}, or {@code -1} when unknown
   * @param body the body, read once
   */
  Mono<T> handle(long declaredLength, ResponseBody body);
}
