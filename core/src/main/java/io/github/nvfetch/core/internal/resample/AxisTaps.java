package io.github.nvfetch.core.internal.resample;

/**
 * The taps and weights of one coordinate on one axis, as scipy's {@code ni_interpolation.c} in
 * constant mode: a coordinate outside {@code [0, n-1]} has none (the voxel gets the fill value);
 * inside, taps that fall off the array are mirrored ({@code -i}, {@code 2n-2-i}).
 */
final class AxisTaps {

  private AxisTaps() {}

  /**
   * Fills {@code index[0..order]} and {@code weight[0..order]}; false when the coordinate is out of
   * bounds.
   */
  static boolean taps(double cc, int n, int order, int[] index, double[] weight) {
    if (cc < 0 || cc > n - 1 || Double.isNaN(cc)) {
      return false;
    }
    long start = order == 0 ? (long) Math.floor(cc + 0.5) : (long) Math.floor(cc) - order / 2;
    for (int l = 0; l <= order; l++) {
      index[l] = mirror(start + l, n);
    }
    weights(cc, order, weight);
    return true;
  }

  private static int mirror(long idx, int n) {
    if (idx >= 0 && idx < n) {
      return (int) idx;
    }
    if (n <= 1) {
      return 0;
    }
    long period = 2L * n - 2;
    long folded = Math.floorMod(idx, period);
    return (int) (folded >= n ? period - folded : folded);
  }

  /** scipy's {@code get_spline_interpolation_weights}. */
  static void weights(double x, int order, double[] weight) {
    if (order == 0) {
      weight[0] = 1.0;
      return;
    }
    double delta = x - Math.floor(x);
    double y = delta;
    double z = 1.0 - delta;
    if (order == 1) {
      weight[0] = 1.0 - delta;
    } else {
      weight[1] = (y * y * (y - 2.0) * 3.0 + 4.0) / 6.0;
      weight[2] = (z * z * (z - 2.0) * 3.0 + 4.0) / 6.0;
      weight[0] = z * z * z / 6.0;
    }
    weight[order] = 1.0;
    for (int i = 0; i < order; i++) {
      weight[order] -= weight[i];
    }
  }
}
