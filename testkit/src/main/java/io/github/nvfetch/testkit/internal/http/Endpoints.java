package io.github.nvfetch.testkit.internal.http;

import io.github.nvfetch.testkit.internal.corpus.GeneratedCorpus;

/** Dispatches a request to its endpoint. Endpoints are pure: request in, reply out. Thread-safe. */
public final class Endpoints {

  private final CollectionsEndpoint collectionList;
  private final CollectionEndpoint collection;
  private final ImagesEndpoint images;
  private final MediaEndpoint media;
  private final NeurosynthEndpoint neurosynth;

  /** Creates the endpoints over a corpus. */
  public Endpoints(GeneratedCorpus corpus) {
    this.collectionList = new CollectionsEndpoint(corpus);
    this.collection = new CollectionEndpoint(corpus);
    this.images = new ImagesEndpoint(corpus);
    this.media = new MediaEndpoint(corpus);
    this.neurosynth = new NeurosynthEndpoint(corpus);
  }

  /** Answers one (non-control) request. */
  public Reply handle(RequestContext ctx) {
    ResolvedRoute route = ctx.route();
    return switch (route.route()) {
      case REDIRECT ->
          Replies.redirect(
              route.redirectTo()
                  + (ctx.target().query() == null || ctx.target().query().isEmpty()
                      ? ""
                      : "?" + ctx.target().query()));
      case UNMATCHED -> Replies.djangoPage(404);
      case MEDIA_FILE -> media.handle(ctx);
      case NEUROSYNTH_DECODE -> neurosynth.handle(ctx);
      default -> api(ctx);
    };
  }

  private Reply api(RequestContext ctx) {
    if (!ctx.isRead()) {
      return Replies.methodNotAllowed(ctx.method());
    }
    if (ctx.caller().error() != null) {
      return Replies.unauthorized(ctx.caller().error());
    }
    return switch (ctx.route().route()) {
      case COLLECTION_LIST -> collectionList.handle(ctx);
      case COLLECTION_DETAIL -> collection.detail(ctx);
      case COLLECTION_IMAGES -> collection.images(ctx);
      case IMAGE_LIST -> images.list(ctx);
      case IMAGE_DETAIL -> images.detail(ctx);
      default -> Replies.djangoPage(404);
    };
  }
}
