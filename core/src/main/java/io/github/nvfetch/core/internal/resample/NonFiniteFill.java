package io.github.nvfetch.core.internal.resample;

/**
 * nilearn's {@code extrapolate_out_mask(data, isfinite(data), iterations=2)}: two rounds in which
 * every voxel newly covered by the 6-neighbour dilation of the valid mask gets the mean of its
 * valid 6-neighbours (a non-finite mean becomes 0), and every other invalid voxel becomes 0.
 * Float64 out, as nilearn.
 */
final class NonFiniteFill {

  private static final int[][] NEIGHBOURS = {
    {1, 0, 0}, {-1, 0, 0}, {0, 1, 0}, {0, -1, 0}, {0, 0, 1}, {0, 0, -1}
  };

  private NonFiniteFill() {}

  /** The filled copy of one 3-D volume. */
  static double[] fill(double[] data, int[] shape) {
    boolean[] valid = new boolean[data.length];
    for (int i = 0; i < data.length; i++) {
      valid[i] = Double.isFinite(data[i]);
    }
    double[] current = data;
    for (int round = 0; round < 2; round++) {
      boolean[] grown = new boolean[data.length];
      current = oneRound(current, valid, grown, shape);
      valid = grown;
    }
    return current;
  }

  private static double[] oneRound(double[] data, boolean[] valid, boolean[] grown, int[] shape) {
    int nx = shape[0];
    int ny = shape[1];
    int nz = shape[2];
    double[] out = new double[data.length];
    for (int z = 0; z < nz; z++) {
      for (int y = 0; y < ny; y++) {
        for (int x = 0; x < nx; x++) {
          int i = x + nx * (y + ny * z);
          if (valid[i]) {
            out[i] = data[i];
            grown[i] = true;
            continue;
          }
          double sum = 0;
          int count = 0;
          boolean touched = false;
          for (int[] step : NEIGHBOURS) {
            int ax = x + step[0];
            int ay = y + step[1];
            int az = z + step[2];
            if (ax < 0 || ay < 0 || az < 0 || ax >= nx || ay >= ny || az >= nz) {
              continue;
            }
            int j = ax + nx * (ay + ny * az);
            if (valid[j]) {
              touched = true;
              sum += data[j];
              if (Double.isFinite(data[j])) {
                count++;
              }
            }
          }
          if (touched) {
            grown[i] = true;
            double mean = sum / count;
            out[i] = Double.isFinite(mean) ? mean : 0;
          }
        }
      }
    }
    return out;
  }
}
