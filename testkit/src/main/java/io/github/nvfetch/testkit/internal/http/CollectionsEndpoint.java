package io.github.nvfetch.testkit.internal.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.nvfetch.testkit.internal.corpus.CollectionIdentity;
import io.github.nvfetch.testkit.internal.corpus.GeneratedCorpus;
import io.github.nvfetch.testkit.internal.corpus.ListIndex;
import java.util.Iterator;
import java.util.Optional;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;

/**
 * {@code GET /api/collections/}: public collections (all with a valid token) by ascending id,
 * paginated; the {@code DOI}/{@code name}/{@code owner} filters are exact matches when the corpus
 * honours them, else ignored.
 */
public final class CollectionsEndpoint {

  private final GeneratedCorpus corpus;

  /** Creates the endpoint over a corpus. */
  public CollectionsEndpoint(GeneratedCorpus corpus) {
    this.corpus = corpus;
  }

  /** Answers one request. */
  public Reply handle(RequestContext ctx) {
    ListIndex index = corpus.layout().index(ctx.caller().authenticated());
    int[] filtered = corpus.spec().collectionFiltersHonoured() ? filter(index, ctx.query()) : null;
    int count = filtered != null ? filtered.length : index.collectionCount();
    IntUnaryOperator positionAt = filtered != null ? i -> filtered[i] : index::position;
    PageParams page = PageParams.of(ctx.query());
    int from = (int) Math.min(page.offset(), count);
    int to =
        page.offset() > count ? from : (int) Math.min((long) count, page.offset() + page.limit());
    long[] ids =
        IntStream.range(from, to)
            .mapToLong(i -> corpus.layout().collectionId(positionAt.applyAsInt(i)))
            .toArray();
    Iterator<ObjectNode> records =
        IntStream.range(from, to)
            .mapToObj(i -> corpus.collections().build(positionAt.applyAsInt(i), ctx.linkBase()))
            .iterator();
    String path = ctx.target().path();
    byte[] body =
        JsonCodec.page(
            count,
            PageLinks.next(ctx.linkBase(), path, ctx.query(), page, count),
            PageLinks.previous(ctx.linkBase(), path, ctx.query(), page),
            records);
    return Replies.apiJson(200, body).withPage(new PageInfo(page.limit(), ids, new long[0]));
  }

  private int[] filter(ListIndex index, QueryString query) {
    Optional<String> doi = query.last("DOI").filter(v -> !v.isEmpty());
    Optional<String> name = query.last("name").filter(v -> !v.isEmpty());
    Optional<String> owner = query.last("owner").filter(v -> !v.isEmpty());
    if (doi.isEmpty() && name.isEmpty() && owner.isEmpty()) {
      return null;
    }
    return IntStream.range(0, index.collectionCount())
        .map(index::position)
        .filter(
            p -> {
              CollectionIdentity id = corpus.collections().identity(p);
              return doi.map(v -> v.equals(id.doi())).orElse(true)
                  && name.map(v -> v.equals(id.name())).orElse(true)
                  && owner
                      .map(v -> id.owner() != null && v.strip().equals(id.owner().toString()))
                      .orElse(true);
            })
        .toArray();
  }
}
