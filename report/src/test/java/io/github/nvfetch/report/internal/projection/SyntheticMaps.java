package io.github.nvfetch.report.internal.projection;

/** Synthetic volumes for the projection tests: Gaussian blobs at MNI coordinates. */
final class SyntheticMaps {

  /** MNI 2 mm template grid, x flipped (the usual NeuroVault/FSL grid). */
  static final Affine MNI_2MM_FLIPPED = Affine.scaled(-2, 2, 2, 90, -126, -72);

  static final int[] MNI_2MM_DIMS = {91, 109, 91};

  /** A 3 mm grid, no flip, covering the brain. */
  static final Affine GRID_3MM = Affine.scaled(3, 3, 3, -78, -112, -70);

  static final int[] GRID_3MM_DIMS = {53, 63, 52};

  private SyntheticMaps() {}

  /** Zeros everywhere. */
  static ArrayVolume empty(int[] dims, Affine affine) {
    return ArrayVolume.zeros(dims[0], dims[1], dims[2], affine);
  }

  /** Adds a Gaussian blob (sigma 3 mm, cut at 8 mm) centred at an MNI coordinate. */
  static void addBlob(ArrayVolume volume, double[] mni, double amplitude) {
    for (int k = 0; k < volume.nz(); k++) {
      for (int j = 0; j < volume.ny(); j++) {
        for (int i = 0; i < volume.nx(); i++) {
          double[] w = volume.affine().apply(i, j, k);
          double d2 = sq(w[0] - mni[0]) + sq(w[1] - mni[1]) + sq(w[2] - mni[2]);
          if (d2 <= 64) {
            volume.set(
                i, j, k, volume.value(i, j, k) + (float) (amplitude * Math.exp(-d2 / (2 * 9.0))));
          }
        }
      }
    }
  }

  private static double sq(double v) {
    return v * v;
  }
}
