package io.github.nvfetch.reactor.internal.http;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpStatusClass;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import reactor.netty.NettyPipeline;

/**
 * Keeps responses paired with their requests on a kept-alive HTTP/1.1 connection, right after
 * Netty's HTTP codec. Interim {@code 1xx} responses ({@code 102 Processing}, {@code 103 Early
 * Hints}; not {@code 101}) are dropped, so the final response is the one the request sees
 * (otherwise the interim one is taken for the answer, and the real answer is delivered to the
 * <em>next</em> request on the connection). A response that arrives while no request is waiting for
 * one (bytes after the end of the previous response) closes the connection instead of being kept
 * for the next request.
 */
final class ResponseFraming extends ChannelDuplexHandler {

  /** The handler's name in the pipeline. */
  static final String NAME = "nvfetch.responseFraming";

  private int awaiting;
  private boolean skippingInterim;

  /** Adds the handler after the HTTP codec of a new channel (HTTP/1.1 channels only). */
  static void install(ChannelPipeline pipeline) {
    if (pipeline.get(NettyPipeline.HttpCodec) != null && pipeline.get(NAME) == null) {
      pipeline.addAfter(NettyPipeline.HttpCodec, NAME, new ResponseFraming());
    }
  }

  @Override
  public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise)
      throws Exception {
    if (msg instanceof HttpRequest) {
      awaiting++;
    }
    super.write(ctx, msg, promise);
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
    if (msg instanceof HttpResponse response) {
      if (isInterim(response)) {
        skippingInterim = !(msg instanceof LastHttpContent);
        ReferenceCountUtil.release(msg);
        return;
      }
      if (awaiting == 0) {
        ReferenceCountUtil.release(msg);
        var unused = ctx.close(); // the connection is abandoned, whatever closing it gives
        return;
      }
      awaiting--;
    } else if (skippingInterim && msg instanceof HttpContent) {
      skippingInterim = !(msg instanceof LastHttpContent);
      ReferenceCountUtil.release(msg);
      return;
    }
    super.channelRead(ctx, msg);
  }

  private static boolean isInterim(HttpResponse response) {
    return response.status().codeClass() == HttpStatusClass.INFORMATIONAL
        && response.status().code() != 101;
  }
}
