package io.github.nvfetch.core.internal.resample;

import io.github.nvfetch.core.volume.BoundingBoxException;

/**
 * nilearn's target grid for a target affine without a shape ({@code resample_img} with {@code
 * target_shape=None}): the source's 8 corner voxel centres mapped by {@code inv(target) @ source};
 * the shape is {@code ceil(max) + 1} per axis, the minima are ignored. Also the pull transform
 * {@code scipy.linalg.inv(source) @ target}.
 */
final class TargetGrid {

  /** The longest axis of a target grid, in voxels. */
  private static final int MAX_AXIS_LENGTH = Integer.MAX_VALUE / 4;

  final int[] shape;
  final double[][] pull;

  private TargetGrid(int[] shape, double[][] pull) {
    this.shape = shape;
    this.pull = pull;
  }

  /**
   * The grid and transform.
   *
   * @throws BoundingBoxException when the source lies entirely outside the grid
   */
  static TargetGrid of(
      double[][] target, double[][] targetInverse, double[][] source, int[] sourceShape) {
    double[][] toTarget = Lapack.multiply(targetInverse, source);
    double[][] box = new double[4][8];
    int[][] corners = {
      {0, 0, 0}, {1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {1, 1, 0}, {1, 0, 1}, {0, 1, 1}, {1, 1, 1}
    };
    for (int c = 0; c < 8; c++) {
      for (int axis = 0; axis < 3; axis++) {
        box[axis][c] = corners[c][axis] * (double) (sourceShape[axis] - 1);
      }
      box[3][c] = 1;
    }
    double[][] mapped = Lapack.multiply(toTarget, box);
    int[] shape = new int[3];
    double[] max = new double[3];
    for (int axis = 0; axis < 3; axis++) {
      max[axis] = mapped[axis][0];
      for (int c = 1; c < 8; c++) {
        max[axis] = numpyMax(max[axis], mapped[axis][c]);
      }
    }
    if (max[0] < 0 || max[1] < 0 || max[2] < 0) {
      throw new BoundingBoxException(
          "The field of view given by the target affine does not" + " contain any of the data");
    }
    for (int axis = 0; axis < 3; axis++) {
      double size = Math.ceil(max[axis]) + 1;
      if (!(size <= MAX_AXIS_LENGTH)) {
        throw new BoundingBoxException("target grid too large on axis " + axis + ": " + size);
      }
      shape[axis] = (int) size;
    }
    double[][] pull =
        sameMatrix(target, source) ? identity() : Lapack.multiply(Lapack.inverse(source), target);
    return new TargetGrid(shape, pull);
  }

  private static double numpyMax(double a, double b) {
    return Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : Math.max(a, b);
  }

  private static boolean sameMatrix(double[][] a, double[][] b) {
    for (int i = 0; i < 4; i++) {
      for (int j = 0; j < 4; j++) {
        if (a[i][j] != b[i][j]) {
          return false;
        }
      }
    }
    return true;
  }

  private static double[][] identity() {
    double[][] identity = new double[4][4];
    for (int i = 0; i < 4; i++) {
      identity[i][i] = 1;
    }
    return identity;
  }
}
