package io.github.nvfetch.testkit.internal.corpus;

import java.util.Arrays;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The only per-corpus arrays kept in memory: collection ids, image counts, first image ids, id
 * steps, privacy and prefix sums (a few bytes per collection). Every record is computed from these
 * plus the seed. Immutable.
 */
public final class CorpusLayout {

  private final long[] collectionIds;
  private final int[] imageCounts;
  private final long[] firstImageIds;
  private final byte[] steps;
  private final boolean[] privateFlags;
  private final String[] tokens;
  private final Map<String, Integer> positionsByToken;
  private final ListIndex publicIndex;
  private final ListIndex allIndex;

  CorpusLayout(
      long[] collectionIds,
      int[] imageCounts,
      long[] firstImageIds,
      byte[] steps,
      boolean[] privateFlags,
      String[] tokens,
      Map<String, Integer> positionsByToken) {
    this.collectionIds = collectionIds;
    this.imageCounts = imageCounts;
    this.firstImageIds = firstImageIds;
    this.steps = steps;
    this.privateFlags = privateFlags;
    this.tokens = tokens;
    this.positionsByToken = Map.copyOf(positionsByToken);
    this.publicIndex = ListIndex.of(imageCounts, privateFlags, false);
    this.allIndex = ListIndex.of(imageCounts, privateFlags, true);
  }

  /** Number of collections, private ones included. */
  public int size() {
    return collectionIds.length;
  }

  /** The collection id at a position. */
  public long collectionId(int position) {
    return collectionIds[position];
  }

  /** The number of images of the collection at a position. */
  public int imageCount(int position) {
    return imageCounts[position];
  }

  /** Whether the collection at a position is private. */
  public boolean isPrivate(int position) {
    return privateFlags[position];
  }

  /** The private token of the collection at a position, or null for a public one. */
  public String token(int position) {
    return tokens[position];
  }

  /** The position of a collection id, if it exists. */
  public OptionalInt positionOf(long collectionId) {
    int p = Arrays.binarySearch(collectionIds, collectionId);
    return p >= 0 ? OptionalInt.of(p) : OptionalInt.empty();
  }

  /** The position of the private collection with a token, if any. */
  public OptionalInt positionOfToken(String token) {
    Integer p = positionsByToken.get(token);
    return p == null ? OptionalInt.empty() : OptionalInt.of(p);
  }

  /** The id of the {@code index}-th image of the collection at a position. */
  public long imageId(int position, int index) {
    return firstImageIds[position] + (long) index * steps[position];
  }

  /** Where an image id sits, or null if no image has that id. */
  public ImageSlot locate(long imageId) {
    int p = Arrays.binarySearch(firstImageIds, imageId);
    if (p < 0) {
      p = -p - 2;
    }
    if (p < 0) {
      return null;
    }
    long delta = imageId - firstImageIds[p];
    if (delta % steps[p] != 0 || delta / steps[p] >= imageCounts[p]) {
      return null;
    }
    return new ImageSlot(p, (int) (delta / steps[p]));
  }

  /** The index of the listed collections and images: public ones only, or all. */
  public ListIndex index(boolean includePrivate) {
    return includePrivate ? allIndex : publicIndex;
  }
}
