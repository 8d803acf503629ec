package io.github.nvfetch.testkit.internal.corpus;

import java.util.Arrays;

/**
 * The collections that one kind of caller may list (public only, or all with a valid token) with
 * prefix sums of their image counts, so that any offset into {@code /api/images/} is found by
 * binary search. Immutable.
 */
public final class ListIndex {

  private final int[] positions;
  private final long[] imagePrefix;

  private ListIndex(int[] positions, long[] imagePrefix) {
    this.positions = positions;
    this.imagePrefix = imagePrefix;
  }

  static ListIndex of(int[] imageCounts, boolean[] privateFlags, boolean includePrivate) {
    int[] positions = new int[imageCounts.length];
    int n = 0;
    for (int p = 0; p < imageCounts.length; p++) {
      if (includePrivate || !privateFlags[p]) {
        positions[n++] = p;
      }
    }
    positions = Arrays.copyOf(positions, n);
    long[] prefix = new long[n + 1];
    for (int i = 0; i < n; i++) {
      prefix[i + 1] = prefix[i] + imageCounts[positions[i]];
    }
    return new ListIndex(positions, prefix);
  }

  /** Number of listed collections. */
  public int collectionCount() {
    return positions.length;
  }

  /** The layout position of the {@code i}-th listed collection. */
  public int position(int i) {
    return positions[i];
  }

  /**
   * The index {@code i} of the listed collection at a layout position, or -1 when it is not listed.
   */
  public int indexOfPosition(int position) {
    int i = Arrays.binarySearch(positions, position);
    return i >= 0 ? i : -1;
  }

  /** Number of listed images. */
  public long imageCount() {
    return imagePrefix[positions.length];
  }

  /**
   * The listed collection holding the image at a global offset of the image list.
   *
   * @param offset an offset in [0, imageCount())
   * @return the index {@code i} of the listed collection
   */
  public int collectionAtImageOffset(long offset) {
    int i = Arrays.binarySearch(imagePrefix, offset);
    if (i < 0) {
      return -i - 2;
    }
    while (i + 1 < imagePrefix.length && imagePrefix[i + 1] == offset) {
      i++;
    }
    return Math.min(i, positions.length - 1);
  }

  /** The global image-list offset of the first image of the {@code i}-th listed collection. */
  public long firstImageOffset(int i) {
    return imagePrefix[i];
  }
}
