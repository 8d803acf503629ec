package io.github.nvfetch.reactor.internal.api;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import reactor.core.publisher.Mono;

/**
 * A Caffeine {@link AsyncCache} seen through Reactor: concurrent requests for one key share one
 * load, successes are kept, failures are not (the next request loads again) and are handed to every
 * waiting caller. Cancelling one caller never cancels the shared load ({@code Mono.fromFuture(...,
 * true)}).
 *
 * @param <K> key type
 * @param <V> value type
 */
final class CoalescingCache<K, V> {

  /** A load's result: a value or an error (so that Caffeine never sees a failed future). */
  private record Loaded<V>(V value, Throwable error) {}

  private final AsyncCache<K, Loaded<V>> cache;

  /** A cache of at most {@code maxSize} entries, each kept for {@code ttl}. */
  public CoalescingCache(long maxSize, Duration ttl) {
    this.cache = Caffeine.newBuilder().maximumSize(maxSize).expireAfterWrite(ttl).buildAsync();
  }

  /** The cached value, or the result of {@code loader} (shared by concurrent callers). */
  public Mono<V> get(K key, Function<K, Mono<V>> loader) {
    return Mono.defer(
        () -> {
          CompletableFuture<Loaded<V>> future =
              cache.get(
                  key,
                  (k, executor) ->
                      loader
                          .apply(k)
                          .map(v -> new Loaded<V>(v, null))
                          .onErrorResume(e -> Mono.just(new Loaded<>(null, e)))
                          .toFuture());
          return Mono.fromFuture(future, true)
              .flatMap(
                  loaded -> {
                    if (loaded.error() != null) {
                      cache.asMap().remove(key, future);
                      return Mono.error(loaded.error());
                    }
                    return Mono.just(loaded.value());
                  });
        });
  }

  /** Stores a value known from elsewhere. */
  public void put(K key, V value) {
    cache.put(key, CompletableFuture.completedFuture(new Loaded<>(value, null)));
  }
}
