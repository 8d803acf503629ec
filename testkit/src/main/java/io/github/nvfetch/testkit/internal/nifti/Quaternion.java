package io.github.nvfetch.testkit.internal.nifti;

/**
 * The NIfTI-1 qform parameters of an affine whose 3x3 part is a rotation times positive zooms (with
 * an optional flip): as {@code nifti_mat44_to_quatern} of nifti1_io.c computes them.
 *
 * @param b quatern_b
 * @param c quatern_c
 * @param d quatern_d
 * @param qfac pixdim[0]: -1 when the rotation part has a negative determinant, else 1
 * @param zooms the column norms: pixdim[1..3]
 */
public record Quaternion(double b, double c, double d, double qfac, double[] zooms) {

  /** The qform parameters of an affine (3 rows of 4). */
  public static Quaternion of(double[][] affine) {
    double[] zooms = new double[3];
    double[][] r = new double[3][3];
    for (int col = 0; col < 3; col++) {
      zooms[col] = Math.sqrt(sq(affine[0][col]) + sq(affine[1][col]) + sq(affine[2][col]));
      for (int row = 0; row < 3; row++) {
        r[row][col] = affine[row][col] / zooms[col];
      }
    }
    double qfac = 1;
    if (determinant(r) < 0) {
      qfac = -1;
      for (int row = 0; row < 3; row++) {
        r[row][2] = -r[row][2];
      }
    }
    return fromRotation(r, qfac, zooms);
  }

  private static Quaternion fromRotation(double[][] r, double qfac, double[] zooms) {
    double a = r[0][0] + r[1][1] + r[2][2] + 1;
    double b;
    double c;
    double d;
    if (a > 0.5) {
      a = 0.5 * Math.sqrt(a);
      b = 0.25 * (r[2][1] - r[1][2]) / a;
      c = 0.25 * (r[0][2] - r[2][0]) / a;
      d = 0.25 * (r[1][0] - r[0][1]) / a;
    } else {
      double xd = 1 + r[0][0] - (r[1][1] + r[2][2]);
      double yd = 1 + r[1][1] - (r[0][0] + r[2][2]);
      double zd = 1 + r[2][2] - (r[0][0] + r[1][1]);
      if (xd > 1) {
        b = 0.5 * Math.sqrt(xd);
        c = 0.25 * (r[0][1] + r[1][0]) / b;
        d = 0.25 * (r[0][2] + r[2][0]) / b;
        a = 0.25 * (r[2][1] - r[1][2]) / b;
      } else if (yd > 1) {
        c = 0.5 * Math.sqrt(yd);
        b = 0.25 * (r[0][1] + r[1][0]) / c;
        d = 0.25 * (r[1][2] + r[2][1]) / c;
        a = 0.25 * (r[0][2] - r[2][0]) / c;
      } else {
        d = 0.5 * Math.sqrt(zd);
        b = 0.25 * (r[0][2] + r[2][0]) / d;
        c = 0.25 * (r[1][2] + r[2][1]) / d;
        a = 0.25 * (r[1][0] - r[0][1]) / d;
      }
      if (a < 0) {
        b = -b;
        c = -c;
        d = -d;
      }
    }
    return new Quaternion(b, c, d, qfac, zooms);
  }

  private static double determinant(double[][] m) {
    return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
        - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
        + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
  }

  private static double sq(double v) {
    return v * v;
  }
}
