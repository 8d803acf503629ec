package io.github.nvfetch.reactor.internal.http;

import io.netty.buffer.ByteBuf;
import io.netty.util.ReferenceCountUtil;
import java.nio.ByteBuffer;
import java.util.function.Function;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The body of a streamed response, chunk by chunk, with Netty's buffer rule kept here once: each
 * chunk is retained while its work runs (which may be on another thread) and released right after,
 * also when the work fails or the stream is cancelled; chunks dropped by a cancelled stream are
 * released too. The work sees a {@link ByteBuffer} valid until its Mono ends, never a Netty type.
 */
public final class ResponseBody {

  private final Flux<ByteBuf> body;

  ResponseBody(Flux<ByteBuf> body) {
    this.body = body;
  }

  /** Runs {@code work} on each chunk, one after the other, in order. */
  public <T> Flux<T> eachChunk(Function<ByteBuffer, Mono<T>> work) {
    return body.doOnNext(ByteBuf::retain)
        .concatMap(
            chunk ->
                Mono.defer(() -> work.apply(chunk.nioBuffer()))
                    .doFinally(signal -> chunk.release()),
            1)
        .doOnDiscard(ByteBuf.class, ReferenceCountUtil::safeRelease);
  }
}
