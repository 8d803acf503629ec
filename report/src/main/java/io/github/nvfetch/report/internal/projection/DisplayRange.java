package io.github.nvfetch.report.internal.projection;

/**
 * How a map's values are shown: the threshold below which magnitudes are not coloured, the
 * magnitude of the strongest value (the end of the colour scale), and whether the map is signed
 * (has negative values, so a diverging colour map symmetric around 0 is used).
 *
 * @param threshold magnitudes below it are not coloured; at least 0
 * @param max the largest finite magnitude; 0 for an empty map
 * @param signed whether some finite value is negative
 */
public record DisplayRange(double threshold, double max, boolean signed) {

  /** The default percentile of nonzero magnitudes used as threshold. */
  public static final double DEFAULT_PERCENTILE = 95;

  private static final int BINS = 4096;

  /** Validates the components. */
  public DisplayRange {
    if (!(threshold >= 0) || !(max >= 0)) {
      throw new IllegalArgumentException("threshold and max must be at least 0");
    }
  }

  /**
   * The range of a volume, its threshold the given percentile of the magnitudes of its finite
   * nonzero voxels (within 1/4096 of the maximum: a histogram, two passes, no copy of the data).
   *
   * @param volume the map
   * @param percentile between 0 and 100
   */
  public static DisplayRange of(VoxelSource volume, double percentile) {
    if (!(percentile >= 0 && percentile <= 100)) {
      throw new IllegalArgumentException("percentile must be within 0..100, got " + percentile);
    }
    if (volume instanceof ArrayVolume array) {
      return of(array.voxels(), percentile);
    }
    double max = 0;
    boolean signed = false;
    for (int k = 0; k < volume.nz(); k++) {
      for (int j = 0; j < volume.ny(); j++) {
        for (int i = 0; i < volume.nx(); i++) {
          float v = volume.value(i, j, k);
          if (Float.isFinite(v)) {
            max = Math.max(max, Math.abs(v));
            signed |= v < 0;
          }
        }
      }
    }
    if (max == 0) {
      return new DisplayRange(0, 0, signed);
    }
    return new DisplayRange(percentileOf(volume, max, percentile), max, signed);
  }

  private static DisplayRange of(float[] voxels, double percentile) {
    double max = 0;
    boolean signed = false;
    for (float v : voxels) {
      if (Float.isFinite(v)) {
        float magnitude = Math.abs(v);
        if (magnitude > max) {
          max = magnitude;
        }
        signed |= v < 0;
      }
    }
    if (max == 0) {
      return new DisplayRange(0, 0, signed);
    }
    long[] counts = new long[BINS];
    long total = 0;
    double scale = BINS / max;
    for (float v : voxels) {
      if (Float.isFinite(v) && v != 0) {
        counts[Math.min(BINS - 1, (int) (Math.abs(v) * scale))]++;
        total++;
      }
    }
    return new DisplayRange(fromHistogram(counts, total, max, percentile), max, signed);
  }

  private static double percentileOf(VoxelSource volume, double max, double percentile) {
    long[] counts = new long[BINS];
    long total = 0;
    for (int k = 0; k < volume.nz(); k++) {
      for (int j = 0; j < volume.ny(); j++) {
        for (int i = 0; i < volume.nx(); i++) {
          float v = volume.value(i, j, k);
          if (Float.isFinite(v) && v != 0) {
            counts[Math.min(BINS - 1, (int) (Math.abs(v) / max * BINS))]++;
            total++;
          }
        }
      }
    }
    return fromHistogram(counts, total, max, percentile);
  }

  private static double fromHistogram(long[] counts, long total, double max, double percentile) {
    long rank = (long) Math.ceil(total * percentile / 100.0);
    long seen = 0;
    for (int bin = 0; bin < BINS; bin++) {
      seen += counts[bin];
      if (seen >= rank && counts[bin] > 0) {
        return max * bin / BINS;
      }
    }
    return max * (BINS - 1) / BINS;
  }

  /** Whether a value is strong enough to be coloured. */
  public boolean shows(float value) {
    return !Float.isNaN(value) && value != 0 && Math.abs(value) >= threshold && max > 0;
  }

  /** How far a shown value is along its colour scale: 0 at the threshold, 1 at the maximum. */
  public double position(float value) {
    double span = max - threshold;
    if (span <= 0) {
      return 1;
    }
    return Math.max(0, Math.min(1, (Math.abs(value) - threshold) / span));
  }
}
