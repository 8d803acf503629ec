package io.github.nvfetch.testkit.internal.http;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.nvfetch.testkit.internal.corpus.FileBody;
import io.github.nvfetch.testkit.internal.corpus.GeneratedCorpus;
import io.github.nvfetch.testkit.internal.corpus.ImageSlot;
import io.github.nvfetch.testkit.internal.corpus.ImageTraits;
import io.github.nvfetch.testkit.internal.corpus.Links;
import io.github.nvfetch.testkit.internal.corpus.NeurosynthWords;
import io.github.nvfetch.testkit.internal.corpus.Rng;
import java.util.Map;
import java.util.Optional;

/**
 * Neurosynth's {@code /api/decode/?neurovault=<id>} and {@code /api/v2/decode/?neurovault=<id>}:
 * Flask {@code jsonify} output (sorted keys, compact), {@code {"data":{"error":msg},"status":N}}
 * with status N on errors. Like the real decoder it reads NeuroVault anonymously: images of private
 * collections only as {@code TOKEN-<id>}.
 */
public final class NeurosynthEndpoint {

  /** Neurosynth refuses files larger than this. */
  static final long MAX_FILE_SIZE = 4_000_000;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Caller ANONYMOUS = new Caller(false, null);

  private final GeneratedCorpus corpus;

  /** Creates the endpoint over a corpus. */
  public NeurosynthEndpoint(GeneratedCorpus corpus) {
    this.corpus = corpus;
  }

  /** Answers one request. */
  public Reply handle(RequestContext ctx) {
    Optional<String> ref = ctx.query().last("neurovault");
    if (ref.isEmpty()) {
      return error(400, "An unspecified decoding error occurred.");
    }
    ImageSlot slot = ImageLookup.resolve(corpus.layout(), ref.get(), ANONYMOUS);
    ImageTraits t = slot == null ? null : corpus.traits(slot);
    FileBody file = t == null ? null : corpus.fileBody(t);
    if (file == null) {
      return error(404, "No image was found at the provided URL.");
    }
    if (file.declaredLength() > MAX_FILE_SIZE) {
      return error(
          413, "The requested Nifti image is too large. Files must be under 4 MB in size.");
    }
    return Replies.flaskJson(200, NODES.objectNode().set("data", decoding(ctx, ref.get(), t)));
  }

  private ObjectNode decoding(RequestContext ctx, String ref, ImageTraits t) {
    ObjectNode values = NODES.objectNode();
    for (Map.Entry<String, Double> e :
        NeurosynthWords.of(corpus.spec().seed(), t.imageId(), t.kind()).entrySet()) {
      values.put(e.getKey(), e.getValue());
    }
    ObjectNode data = NODES.objectNode();
    data.putNull("comments");
    data.put("id", 1 + Math.floorMod(Rng.mix(corpus.spec().seed() ^ t.imageId()), 9_999_999L));
    data.putNull("image");
    data.put("neurovault_id", ref);
    data.put("reference", "terms_20k");
    data.put("url", Links.media(ctx.linkBase(), t.collection().ref(), t.relativePath()));
    data.set("values", values);
    return data;
  }

  /** Neurosynth's error shape. */
  static Reply error(int status, String message) {
    ObjectNode body = NODES.objectNode();
    body.set("data", NODES.objectNode().put("error", message));
    body.put("status", status);
    return Replies.flaskJson(status, body);
  }
}
