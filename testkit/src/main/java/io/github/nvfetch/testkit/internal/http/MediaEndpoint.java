package io.github.nvfetch.testkit.internal.http;

import io.github.nvfetch.testkit.internal.corpus.CorpusLayout;
import io.github.nvfetch.testkit.internal.corpus.FileBody;
import io.github.nvfetch.testkit.internal.corpus.GeneratedCorpus;
import io.github.nvfetch.testkit.internal.corpus.ImageSlot;
import java.util.OptionalInt;

/**
 * {@code GET /media/images/<cid or TOKEN>/<file>} (and {@code <package>.nidm/<file>}): raw gzip
 * bytes as {@code application/octet-stream} with {@code Content-Length} and no {@code
 * Content-Encoding}; Django's HTML 404 for an unknown or missing file, 403 for a private collection
 * by number without a valid token.
 */
public final class MediaEndpoint {

  private final GeneratedCorpus corpus;

  /** Creates the endpoint over a corpus. */
  public MediaEndpoint(GeneratedCorpus corpus) {
    this.corpus = corpus;
  }

  /** Answers one request. */
  public Reply handle(RequestContext ctx) {
    CorpusLayout layout = corpus.layout();
    String ref = ctx.route().id();
    OptionalInt position =
        ref.matches("[0-9]{1,18}")
            ? layout.positionOf(Long.parseLong(ref))
            : ref.matches("[A-Z]{8}") ? layout.positionOfToken(ref) : OptionalInt.empty();
    if (position.isEmpty()) {
      return Replies.djangoPage(404);
    }
    int p = position.getAsInt();
    if (layout.isPrivate(p)
        && ref.equals(Long.toString(layout.collectionId(p)))
        && !ctx.caller().authenticated()) {
      return Replies.djangoPage(403);
    }
    String path = ctx.route().mediaPath();
    if (!isSafe(path)) {
      return Replies.djangoPage(404);
    }
    int index = corpus.findFile(p, path);
    FileBody body = index < 0 ? null : corpus.fileBody(corpus.traits(new ImageSlot(p, index)));
    return body == null
        ? Replies.djangoPage(404)
        : Replies.file(body.segments(), body.declaredLength());
  }

  private static boolean isSafe(String path) {
    long slashes = path.chars().filter(c -> c == '/').count();
    return slashes <= 1
        && !path.startsWith("/")
        && !path.endsWith("/")
        && !path.equals("..")
        && !path.startsWith("../")
        && !path.endsWith("/..")
        && !path.contains("\\");
  }
}
