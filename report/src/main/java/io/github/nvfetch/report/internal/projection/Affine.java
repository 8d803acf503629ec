package io.github.nvfetch.report.internal.projection;

import java.util.Arrays;

/**
 * A 3-D affine transform {@code world = M * voxel + t}, given as the top three rows of a 4 x 4
 * matrix (NIfTI's {@code srow_x}, {@code srow_y}, {@code srow_z}). Immutable.
 */
public final class Affine {

  private final double[][] rows;

  private Affine(double[][] rows) {
    this.rows = rows;
  }

  /**
   * An affine from its three rows of four numbers.
   *
   * @throws IllegalArgumentException when the shape is wrong, a number is not finite, or the 3 x 3
   *     part cannot be inverted
   */
  public static Affine of(double[][] rows) {
    if (rows.length != 3) {
      throw new IllegalArgumentException("an affine has 3 rows of 4 numbers");
    }
    double[][] copy = new double[3][];
    for (int r = 0; r < 3; r++) {
      if (rows[r].length != 4) {
        throw new IllegalArgumentException("an affine has 3 rows of 4 numbers");
      }
      for (double v : rows[r]) {
        if (!Double.isFinite(v)) {
          throw new IllegalArgumentException("affine has a non-finite entry: " + v);
        }
      }
      copy[r] = rows[r].clone();
    }
    Affine affine = new Affine(copy);
    double det = affine.determinant();
    if (!(Math.abs(det) > 1e-12)) {
      throw new IllegalArgumentException("affine is singular (determinant " + det + ")");
    }
    return affine;
  }

  /**
   * A diagonal affine: voxel sizes (negative to flip an axis) and the world position of voxel 0.
   */
  public static Affine scaled(double sx, double sy, double sz, double x0, double y0, double z0) {
    return of(new double[][] {{sx, 0, 0, x0}, {0, sy, 0, y0}, {0, 0, sz, z0}});
  }

  /** Entry {@code (row, column)}, column 3 being the translation. */
  public double get(int row, int column) {
    return rows[row][column];
  }

  /** World coordinates of a (fractional) voxel position. */
  public double[] apply(double i, double j, double k) {
    double[] out = new double[3];
    for (int r = 0; r < 3; r++) {
      out[r] = rows[r][0] * i + rows[r][1] * j + rows[r][2] * k + rows[r][3];
    }
    return out;
  }

  /** The inverse transform: world millimetres to voxel indices. */
  public Affine inverse() {
    double[][] m = rows;
    double det = determinant();
    double[][] inv = new double[3][4];
    inv[0][0] = (m[1][1] * m[2][2] - m[1][2] * m[2][1]) / det;
    inv[0][1] = (m[0][2] * m[2][1] - m[0][1] * m[2][2]) / det;
    inv[0][2] = (m[0][1] * m[1][2] - m[0][2] * m[1][1]) / det;
    inv[1][0] = (m[1][2] * m[2][0] - m[1][0] * m[2][2]) / det;
    inv[1][1] = (m[0][0] * m[2][2] - m[0][2] * m[2][0]) / det;
    inv[1][2] = (m[0][2] * m[1][0] - m[0][0] * m[1][2]) / det;
    inv[2][0] = (m[1][0] * m[2][1] - m[1][1] * m[2][0]) / det;
    inv[2][1] = (m[0][1] * m[2][0] - m[0][0] * m[2][1]) / det;
    inv[2][2] = (m[0][0] * m[1][1] - m[0][1] * m[1][0]) / det;
    for (int r = 0; r < 3; r++) {
      inv[r][3] = -(inv[r][0] * m[0][3] + inv[r][1] * m[1][3] + inv[r][2] * m[2][3]);
    }
    return new Affine(inv);
  }

  private double determinant() {
    double[][] m = rows;
    return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
        - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
        + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
  }

  @Override
  public String toString() {
    return "Affine" + Arrays.deepToString(rows);
  }
}
