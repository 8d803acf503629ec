package io.github.nvfetch.core.internal.resample;

import io.github.nvfetch.core.volume.VoxelType;

/**
 * scipy's cast of an interpolated double into the output type: floats as is (float32 rounds on
 * store); signed integers rounded half away from zero, unsigned ones half up with negatives to 0,
 * both clamped to the type's range, then truncated.
 */
final class OutputCast {

  private OutputCast() {}

  static double cast(double t, VoxelType type) {
    if (!type.isInteger()) {
      return t;
    }
    double rounded;
    if (type.isSignedInteger()) {
      rounded = t > 0 ? t + 0.5 : t - 0.5;
    } else {
      rounded = t > 0 ? t + 0.5 : 0;
    }
    double min = type.minValue();
    double max = type.maxValue();
    if (rounded < min) {
      return min;
    }
    if (rounded > max) {
      return max;
    }
    return rounded < 0 ? Math.ceil(rounded) : Math.floor(rounded);
  }
}
