package io.github.nvfetch.testkit.internal.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.nvfetch.testkit.internal.corpus.GeneratedCorpus;
import io.github.nvfetch.testkit.internal.corpus.ImageSlot;
import io.github.nvfetch.testkit.internal.corpus.ListIndex;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * {@code GET /api/images/} (images of public collections, of all with a valid token, by ascending
 * id, generated page by page) and {@code GET /api/images/{id}/} (404 for an image of a private
 * collection unless a valid token is sent or the id has the {@code TOKEN-<id>} form).
 */
public final class ImagesEndpoint {

  private final GeneratedCorpus corpus;

  /** Creates the endpoint over a corpus. */
  public ImagesEndpoint(GeneratedCorpus corpus) {
    this.corpus = corpus;
  }

  /** Answers {@code /api/images/}. */
  public Reply list(RequestContext ctx) {
    ListIndex index = corpus.layout().index(ctx.caller().authenticated());
    long count = index.imageCount();
    PageParams page = PageParams.of(ctx.query());
    long from = Math.min(page.offset(), count);
    long to = page.offset() > count ? from : Math.min(count, page.offset() + page.limit());
    ImageSlot[] slots = slots(index, from, (int) (to - from));
    long[] ids = new long[slots.length];
    for (int i = 0; i < slots.length; i++) {
      ids[i] = corpus.layout().imageId(slots[i].position(), slots[i].index());
    }
    Iterator<ObjectNode> records =
        new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < slots.length;
          }

          @Override
          public ObjectNode next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            return corpus.imageRecord(slots[next++], ctx.linkBase());
          }
        };
    String path = ctx.target().path();
    byte[] body =
        JsonCodec.page(
            count,
            PageLinks.next(ctx.linkBase(), path, ctx.query(), page, count),
            PageLinks.previous(ctx.linkBase(), path, ctx.query(), page),
            records);
    return Replies.apiJson(200, body).withPage(new PageInfo(page.limit(), new long[0], ids));
  }

  /** Answers {@code /api/images/{id}/}. */
  public Reply detail(RequestContext ctx) {
    ImageSlot slot = ImageLookup.resolve(corpus.layout(), ctx.route().id(), ctx.caller());
    return slot == null
        ? Replies.notFound()
        : Replies.apiJson(200, corpus.imageRecord(slot, ctx.linkBase()));
  }

  private ImageSlot[] slots(ListIndex index, long from, int n) {
    ImageSlot[] slots = new ImageSlot[n];
    if (n == 0) {
      return slots;
    }
    int c = index.collectionAtImageOffset(from);
    int within = (int) (from - index.firstImageOffset(c));
    for (int i = 0; i < n; i++) {
      while (within >= corpus.layout().imageCount(index.position(c))) {
        c++;
        within = 0;
      }
      slots[i] = new ImageSlot(index.position(c), within++);
    }
    return slots;
  }
}
