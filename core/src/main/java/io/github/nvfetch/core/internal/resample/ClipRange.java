package io.github.nvfetch.core.internal.resample;

import io.github.nvfetch.core.internal.nifti.Voxels;
import io.github.nvfetch.core.volume.VoxelType;

/**
 * nilearn's clip of a resampled image ({@code resample_img(clip=True)}): to {@code [min(0,
 * nanmin(data)), max(0, nanmax(data))]} of the source data (all volumes, infinities included), the
 * bounds rounded to float32 for a float32 output (numpy casts them to the array's type); NaN stays
 * NaN, and a source with no number at all gives NaN everywhere.
 */
final class ClipRange {

  private final double low;
  private final double high;

  private ClipRange(double low, double high) {
    this.low = low;
    this.high = high;
  }

  static ClipRange of(Voxels source, VoxelType outType) {
    double min = Double.NaN;
    double max = Double.NaN;
    for (int i = 0; i < source.length(); i++) {
      double value = source.get(i);
      if (!Double.isNaN(value)) {
        min = Double.isNaN(min) ? value : Math.min(min, value);
        max = Double.isNaN(max) ? value : Math.max(max, value);
      }
    }
    double low = 0 < min ? 0 : min;
    double high = 0 > max ? 0 : max;
    if (outType == VoxelType.FLOAT32) {
      low = float32(low);
      high = float32(high);
    }
    return new ClipRange(low, high);
  }

  /** The value rounded to float32 precision (as a float32 array stores it). */
  static double float32(double value) {
    float rounded = (float) value;
    return rounded;
  }

  /** The clipped value; the value itself (its sign of zero included) when already inside. */
  double apply(double value) {
    double clipped = Math.min(Math.max(value, low), high);
    if (Double.isNaN(low) || Double.isNaN(high)) {
      clipped = Double.NaN;
    }
    if (clipped != value && !(Double.isNaN(clipped) && Double.isNaN(value))) {
      return clipped;
    }
    return value;
  }
}
