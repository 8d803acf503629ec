package io.github.nvfetch.testkit.internal.http;

import io.github.nvfetch.testkit.internal.faults.FaultPlan;
import io.github.nvfetch.testkit.internal.faults.Transport;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.handler.codec.http.HttpHeaderNames;
import java.util.Map;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerResponse;

/**
 * Writes a {@link Reply} without blocking: the body segments are wrapped (not copied) in one
 * buffer; a reset or short delivery sends a prefix and then closes the channel (with {@code
 * SO_LINGER 0} for a reset, so the peer sees a TCP RST); a body shorter than its declared length is
 * followed by a close. The channel is captured before writing: once a full response is written,
 * Reactor Netty detaches the operations from it.
 */
final class ReplySender {

  private ReplySender() {}

  /**
   * Sends a reply.
   *
   * @param res the response
   * @param reply what to send
   * @param head whether the request was HEAD (headers only)
   * @param transport how to deliver the body
   * @param plan the fault plan (cut point)
   * @param exchange the bookkeeping to fill (status, bytes); may be null
   * @return completes when written (or the channel closed)
   */
  static Mono<Void> send(
      HttpServerResponse res,
      Reply reply,
      boolean head,
      Transport transport,
      FaultPlan plan,
      Exchange exchange) {
    res.status(reply.status());
    for (Map.Entry<String, String> h : reply.headers()) {
      res.addHeader(h.getKey(), h.getValue());
    }
    res.header("Access-Control-Allow-Origin", "*");
    res.header("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
    res.header(HttpHeaderNames.CONTENT_LENGTH, Long.toString(reply.declaredLength()));
    if (exchange != null) {
      exchange.status = reply.status();
    }
    if (head) {
      return res.send().then();
    }
    long length = reply.bodyLength();
    long sent = transport == Transport.NORMAL ? length : plan.cut(length);
    if (exchange != null) {
      exchange.bytes = sent;
    }
    if (length == 0) {
      return res.send().then();
    }
    ByteBuf body = Unpooled.wrappedBuffer(reply.segments().toArray(byte[][]::new));
    Mono<Void> write =
        res.send(Mono.just(sent == length ? body : body.slice(0, (int) sent))).then();
    if (transport == Transport.NORMAL && reply.declaredLength() == length) {
      return write;
    }
    Channel[] channel = new Channel[1];
    res.withConnection(c -> channel[0] = c.channel());
    return write.then(Mono.fromRunnable(() -> close(channel[0], transport)));
  }

  private static void close(Channel channel, Transport transport) {
    if (transport == Transport.RESET) {
      channel.config().setOption(ChannelOption.SO_LINGER, 0);
    }
    var unused = channel.close();
  }
}
