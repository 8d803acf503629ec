package io.github.nvfetch.core.internal.resample;

/**
 * scipy's {@code spline_filter(input, 3, output=float64, mode="constant")}: the cubic B-spline
 * coefficients along axis 0, then 1, then 2, with the mirror initialisation scipy uses for the
 * constant mode, in scipy's operation order ({@code ni_splines.c}).
 */
final class SplinePrefilter {

  /** {@code sqrt(3) - 2}. */
  static final double POLE = -0.2679491924311227;

  private static final double GAIN = gain();

  private SplinePrefilter() {}

  private static double gain() {
    double gain = 1.0;
    gain *= (1.0 - POLE) * (1.0 - 1.0 / POLE);
    return gain;
  }

  /** Filters one 3-D volume in place. */
  static void filter(double[] data, int[] shape) {
    int[] strides = {1, shape[0], shape[0] * shape[1]};
    for (int axis = 0; axis < 3; axis++) {
      int n = shape[axis];
      if (n <= 1) {
        continue;
      }
      double powN1 = PowerOfPole.pow(POLE, n - 1);
      double[] line = new double[n];
      int stride = strides[axis];
      for (int start : lineStarts(shape, axis)) {
        for (int i = 0; i < n; i++) {
          line[i] = data[start + i * stride];
        }
        filterLine(line, powN1);
        for (int i = 0; i < n; i++) {
          data[start + i * stride] = line[i];
        }
      }
    }
  }

  private static int[] lineStarts(int[] shape, int axis) {
    int[] strides = {1, shape[0], shape[0] * shape[1]};
    int a = (axis + 1) % 3;
    int b = (axis + 2) % 3;
    int[] starts = new int[shape[a] * shape[b]];
    int k = 0;
    for (int j = 0; j < shape[b]; j++) {
      for (int i = 0; i < shape[a]; i++) {
        starts[k++] = i * strides[a] + j * strides[b];
      }
    }
    return starts;
  }

  static void filterLine(double[] c, double powN1) {
    int n = c.length;
    double z = POLE;
    for (int i = 0; i < n; i++) {
      c[i] *= GAIN;
    }
    double zi = z;
    c[0] = c[0] + powN1 * c[n - 1];
    for (int i = 1; i < n - 1; i++) {
      c[0] += zi * (c[i] + powN1 * c[n - 1 - i]);
      zi *= z;
    }
    c[0] /= 1 - powN1 * powN1;
    for (int i = 1; i < n; i++) {
      c[i] += z * c[i - 1];
    }
    c[n - 1] = (z * c[n - 2] + c[n - 1]) * z / (z * z - 1);
    for (int i = n - 2; i >= 0; i--) {
      c[i] = z * (c[i + 1] - c[i]);
    }
  }
}
