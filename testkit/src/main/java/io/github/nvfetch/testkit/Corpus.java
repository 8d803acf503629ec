package io.github.nvfetch.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.nvfetch.testkit.internal.corpus.GeneratedCorpus;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;

/**
 * The replica's data: every record, file and word list is a pure function of the {@link CorpusSpec}
 * and an id, and is generated on demand (only a few bytes per collection are kept in memory), so a
 * corpus of NeuroVault's real size (17,000 collections, 300,000 images) costs a few hundred KB.
 * Thread-safe.
 *
 * <p>Ids are sparse and ascending: collection ids have gaps, and image ids ascend along collections
 * with gaps. The API lists collections and images in ascending id order. "Public" below means not
 * in a private collection: what {@code /api/collections/} and {@code /api/images/} list without a
 * token.
 */
public interface Corpus {

  /** The base used by the one-argument record methods: the live service's own. */
  String DEFAULT_BASE_URL = "http://neurovault.org";

  /**
   * Generates the corpus of a spec (cheap: builds only the small per-collection index).
   *
   * @param spec the spec
   * @return the corpus
   */
  static Corpus generate(CorpusSpec spec) {
    return GeneratedCorpus.create(spec);
  }

  /** The spec this corpus was generated from. */
  CorpusSpec spec();

  /** The public collection ids in API order (ascending), generated lazily. */
  LongStream collectionIds();

  /** Every collection id, private ones included, ascending. */
  LongStream allCollectionIds();

  /**
   * The number of public collections: the {@code count} of {@code /api/collections/} without a
   * token.
   */
  int collectionCount();

  /** The number of public images: the {@code count} of {@code /api/images/} without a token. */
  long imageCount();

  /** The number of images in all collections, private ones included. */
  long totalImageCount();

  /** Whether a collection id exists (public or private). */
  boolean collectionExists(long collectionId);

  /** Whether a collection is private. */
  boolean isPrivate(long collectionId);

  /** The 8-letter token of a private collection; empty for a public or unknown one. */
  Optional<String> privateToken(long collectionId);

  /**
   * The collection record exactly as served, with links on a base.
   *
   * @param collectionId the id
   * @param baseUrl scheme and authority of the links, e.g. {@code http://127.0.0.1:8080}
   * @return a fresh, mutable copy
   * @throws IllegalArgumentException if there is no such collection
   */
  ObjectNode collectionJson(long collectionId, String baseUrl);

  /** The collection record with links on {@link #DEFAULT_BASE_URL}. */
  default ObjectNode collectionJson(long collectionId) {
    return collectionJson(collectionId, DEFAULT_BASE_URL);
  }

  /** The image ids of a collection, ascending (empty for an unknown collection). */
  LongStream imageIds(long collectionId);

  /** The public image ids in API order (ascending), generated lazily. */
  LongStream imageIds();

  /** Whether an image id exists (in a public or private collection). */
  boolean imageExists(long imageId);

  /**
   * The collection of an image.
   *
   * @throws IllegalArgumentException if there is no such image
   */
  long collectionOf(long imageId);

  /**
   * The image record exactly as served, with links on a base (token links for images of private
   * collections).
   *
   * @param imageId the id
   * @param baseUrl scheme and authority of the links
   * @return a fresh, mutable copy
   * @throws IllegalArgumentException if there is no such image
   */
  ObjectNode imageJson(long imageId, String baseUrl);

  /** The image record with links on {@link #DEFAULT_BASE_URL}. */
  default ObjectNode imageJson(long imageId) {
    return imageJson(imageId, DEFAULT_BASE_URL);
  }

  /** What the media route serves for an image. */
  FileStatus fileStatus(long imageId);

  /**
   * The exact bytes the media route serves for an image's file (for {@link FileStatus#CORRUPT}, the
   * damaged ones); an empty array when the file is {@link FileStatus#MISSING}.
   *
   * @throws IllegalArgumentException if there is no such image
   */
  byte[] fileBytes(long imageId);

  /**
   * The path of an image's file below the server root, percent-encoded as in its {@code file} link.
   */
  String filePath(long imageId);

  /**
   * The Neurosynth decoding of an image: term to Pearson r (3 decimals, may be negative), sorted by
   * term; empty for atlases.
   *
   * @throws IllegalArgumentException if there is no such image
   */
  Map<String, Double> words(long imageId);

  /**
   * The kind of file an image serves in a {@link VolumeMix#VARIED} corpus (empty for a uniform
   * corpus and for the hostile images).
   *
   * @param imageId the image id
   * @return the variant, if the corpus is varied
   * @throws IllegalArgumentException if no image has that id
   */
  Optional<VolumeVariant> volumeVariant(long imageId);

  /** The ids of the hostile records, when the spec asked for them. */
  Optional<HostileImageIds> hostileImageIds();
}
