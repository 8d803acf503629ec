package io.github.nvfetch.testkit.internal.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.nvfetch.testkit.internal.corpus.GeneratedCorpus;
import io.github.nvfetch.testkit.internal.corpus.ImageSlot;
import java.util.Iterator;
import java.util.stream.IntStream;

/**
 * {@code GET /api/collections/{id}/} and {@code GET /api/collections/{id}/images/} (images by
 * ascending id).
 */
public final class CollectionEndpoint {

  private final GeneratedCorpus corpus;

  /** Creates the endpoint over a corpus. */
  public CollectionEndpoint(GeneratedCorpus corpus) {
    this.corpus = corpus;
  }

  /** Answers {@code /api/collections/{id}/}. */
  public Reply detail(RequestContext ctx) {
    CollectionLookup lookup =
        CollectionLookup.resolve(corpus.layout(), ctx.route().id(), ctx.caller());
    if (lookup.error() != null) {
      return lookup.error();
    }
    return Replies.apiJson(200, corpus.collections().build(lookup.position(), ctx.linkBase()));
  }

  /** Answers {@code /api/collections/{id}/images/}. */
  public Reply images(RequestContext ctx) {
    CollectionLookup lookup =
        CollectionLookup.resolve(corpus.layout(), ctx.route().id(), ctx.caller());
    if (lookup.error() != null) {
      return lookup.error();
    }
    int position = lookup.position();
    int count = corpus.layout().imageCount(position);
    PageParams page = PageParams.of(ctx.query());
    int from = (int) Math.min(page.offset(), count);
    int to =
        page.offset() > count ? from : (int) Math.min((long) count, page.offset() + page.limit());
    long[] ids =
        IntStream.range(from, to).mapToLong(i -> corpus.layout().imageId(position, i)).toArray();
    Iterator<ObjectNode> records =
        IntStream.range(from, to)
            .mapToObj(i -> corpus.imageRecord(new ImageSlot(position, i), ctx.linkBase()))
            .iterator();
    String path = ctx.target().path();
    byte[] body =
        JsonCodec.page(
            count,
            PageLinks.next(ctx.linkBase(), path, ctx.query(), page, count),
            PageLinks.previous(ctx.linkBase(), path, ctx.query(), page),
            records);
    return Replies.apiJson(200, body).withPage(new PageInfo(page.limit(), new long[0], ids));
  }
}
