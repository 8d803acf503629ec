package io.github.nvfetch.core.internal.resample;

/**
 * The 4x4 matrix arithmetic numpy and scipy do for {@code resample_img}, in their floating point
 * operation order: products as OpenBLAS's dgemm (fused multiply-adds over k from zero), and {@code
 * scipy.linalg.inv} as LAPACK's getrf (partial pivoting, reciprocal scaling) and getri (trtri, then
 * the solve against L, then the column swaps).
 */
final class Lapack {

  private Lapack() {}

  /** {@code a @ b} as dgemm: {@code acc = fma(a[i][k], b[k][j], acc)} for k = 0.. */
  static double[][] multiply(double[][] a, double[][] b) {
    int rows = a.length;
    int inner = b.length;
    int cols = b[0].length;
    double[][] out = new double[rows][cols];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        double acc = 0.0;
        for (int k = 0; k < inner; k++) {
          acc = Math.fma(a[i][k], b[k][j], acc);
        }
        out[i][j] = acc;
      }
    }
    return out;
  }

  /** The inverse of a square matrix as LAPACK getrf + getri compute it. */
  static double[][] inverse(double[][] matrix) {
    int n = matrix.length;
    double[][] a = new double[n][];
    for (int i = 0; i < n; i++) {
      a[i] = matrix[i].clone();
    }
    int[] pivots = factor(a);
    invertUpper(a);
    solveLower(a);
    for (int j = n - 2; j >= 0; j--) {
      int jp = pivots[j];
      if (jp != j) {
        for (int i = 0; i < n; i++) {
          double swap = a[i][j];
          a[i][j] = a[i][jp];
          a[i][jp] = swap;
        }
      }
    }
    return a;
  }

  private static int[] factor(double[][] a) {
    int n = a.length;
    int[] pivots = new int[n];
    for (int j = 0; j < n; j++) {
      int p = j;
      for (int i = j + 1; i < n; i++) {
        if (Math.abs(a[i][j]) > Math.abs(a[p][j])) {
          p = i;
        }
      }
      pivots[j] = p;
      if (p != j) {
        double[] swap = a[j];
        a[j] = a[p];
        a[p] = swap;
      }
      if (a[j][j] == 0) {
        throw new IllegalArgumentException("singular affine");
      }
      double reciprocal = 1.0 / a[j][j];
      for (int i = j + 1; i < n; i++) {
        a[i][j] *= reciprocal;
      }
      for (int i = j + 1; i < n; i++) {
        for (int k = j + 1; k < n; k++) {
          a[i][k] = a[i][k] - a[i][j] * a[j][k];
        }
      }
    }
    return pivots;
  }

  private static void invertUpper(double[][] a) {
    int n = a.length;
    double[] x = new double[n];
    for (int j = 0; j < n; j++) {
      a[j][j] = 1.0 / a[j][j];
      double ajj = -a[j][j];
      for (int i = 0; i < j; i++) {
        x[i] = a[i][j];
      }
      for (int jj = 0; jj < j; jj++) {
        if (x[jj] != 0) {
          double temp = x[jj];
          for (int i = 0; i < jj; i++) {
            x[i] = x[i] + temp * a[i][jj];
          }
          x[jj] *= a[jj][jj];
        }
      }
      for (int i = 0; i < j; i++) {
        a[i][j] = x[i] * ajj;
      }
    }
  }

  private static void solveLower(double[][] a) {
    int n = a.length;
    double[] work = new double[n];
    for (int j = n - 1; j >= 0; j--) {
      for (int i = j + 1; i < n; i++) {
        work[i] = a[i][j];
        a[i][j] = 0.0;
      }
      if (j < n - 1) {
        for (int i = 0; i < n; i++) {
          double sum = a[i][j];
          for (int k = j + 1; k < n; k++) {
            sum = sum - a[i][k] * work[k];
          }
          a[i][j] = sum;
        }
      }
    }
  }
}
