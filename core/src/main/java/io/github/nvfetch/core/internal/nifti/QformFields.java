package io.github.nvfetch.core.internal.nifti;

/**
 * nibabel's {@code _affine2header} for a NIfTI image whose affine changed: the affine into the
 * sform with code 2 ("aligned"), and into the qform (zooms, qfac, quaternion, offsets) with code 0
 * ("unknown").
 */
final class QformFields {

  private QformFields() {}

  static void store(HeaderFields header, double[][] affine) {
    for (int row = 0; row < 3; row++) {
      for (int col = 0; col < 4; col++) {
        header.setSrow(row, col, affine[row][col]);
      }
    }
    double[] zooms = new double[3];
    double[][] rotation = new double[3][3];
    for (int col = 0; col < 3; col++) {
      double sum = 0;
      for (int row = 0; row < 3; row++) {
        sum += affine[row][col] * affine[row][col];
      }
      zooms[col] = Math.sqrt(sum);
      for (int row = 0; row < 3; row++) {
        rotation[row][col] = affine[row][col] / zooms[col];
      }
    }
    double qfac = determinant(rotation) > 0 ? 1 : -1;
    if (qfac < 0) {
      for (int row = 0; row < 3; row++) {
        rotation[row][2] = -rotation[row][2];
      }
    }
    double[] quaternion = quaternion(rotation);
    header.setQuaternion(
        quaternion[1],
        quaternion[2],
        quaternion[3],
        new double[] {affine[0][3], affine[1][3], affine[2][3]});
    header.setPixdim(0, qfac);
    for (int i = 0; i < 3; i++) {
      header.setPixdim(i + 1, zooms[i]);
    }
    header.setCodes(0, 2);
  }

  private static double determinant(double[][] m) {
    return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
        - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
        + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
  }

  /** The unit quaternion (w, x, y, z) of a rotation, w >= 0 (Shepperd's method). */
  private static double[] quaternion(double[][] r) {
    double trace = r[0][0] + r[1][1] + r[2][2];
    double w;
    double x;
    double y;
    double z;
    if (trace > 0) {
      double s = Math.sqrt(trace + 1.0) * 2;
      w = 0.25 * s;
      x = (r[2][1] - r[1][2]) / s;
      y = (r[0][2] - r[2][0]) / s;
      z = (r[1][0] - r[0][1]) / s;
    } else if (r[0][0] > r[1][1] && r[0][0] > r[2][2]) {
      double s = Math.sqrt(1.0 + r[0][0] - r[1][1] - r[2][2]) * 2;
      w = (r[2][1] - r[1][2]) / s;
      x = 0.25 * s;
      y = (r[0][1] + r[1][0]) / s;
      z = (r[0][2] + r[2][0]) / s;
    } else if (r[1][1] > r[2][2]) {
      double s = Math.sqrt(1.0 + r[1][1] - r[0][0] - r[2][2]) * 2;
      w = (r[0][2] - r[2][0]) / s;
      x = (r[0][1] + r[1][0]) / s;
      y = 0.25 * s;
      z = (r[1][2] + r[2][1]) / s;
    } else {
      double s = Math.sqrt(1.0 + r[2][2] - r[0][0] - r[1][1]) * 2;
      w = (r[1][0] - r[0][1]) / s;
      x = (r[0][2] + r[2][0]) / s;
      y = (r[1][2] + r[2][1]) / s;
      z = 0.25 * s;
    }
    if (w < 0) {
      return new double[] {-w, -x, -y, -z};
    }
    return new double[] {w, x + 0.0, y + 0.0, z + 0.0};
  }
}
