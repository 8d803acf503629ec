package io.github.nvfetch.bench.internal.micro;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.nvfetch.core.ImageMeta;
import io.github.nvfetch.core.internal.Json;
import io.github.nvfetch.testkit.Corpus;
import io.github.nvfetch.testkit.CorpusSpec;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Realistic image records for the micro-benchmarks: the replica's corpus (seed 42) as served, links
 * on a loopback base, including its old-style and atlas records.
 */
public final class SampleRecords {

  /** The base of the records' links. */
  public static final String BASE_URL = "http://127.0.0.1:8080";

  private static final Corpus CORPUS =
      Corpus.generate(CorpusSpec.builder().seed(42).collections(120).images(2_500).build());

  private SampleRecords() {}

  /** The first {@code n} public image records, as served. */
  public static List<ObjectNode> json(int n) {
    List<ObjectNode> records =
        CORPUS.imageIds().limit(n).mapToObj(id -> CORPUS.imageJson(id, BASE_URL)).toList();
    if (records.size() < n) {
      throw new IllegalArgumentException(
          "the sample corpus has only " + records.size() + " public images");
    }
    return records;
  }

  /** The first {@code n} public image records, parsed. */
  public static ImageMeta[] images(int n) {
    return json(n).stream().map(ImageMeta::fromJson).toArray(ImageMeta[]::new);
  }

  /** A DRF list page of the first {@code n} image records, as the bytes the server sends. */
  public static byte[] page(int n) {
    ObjectNode page = JsonNodeFactory.instance.objectNode();
    page.put("count", CORPUS.imageCount());
    page.put("next", BASE_URL + "/api/images/?limit=" + n + "&offset=" + n);
    page.putNull("previous");
    ArrayNode results = page.putArray("results");
    json(n).forEach(results::add);
    try {
      return Json.MAPPER.writeValueAsBytes(page);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
