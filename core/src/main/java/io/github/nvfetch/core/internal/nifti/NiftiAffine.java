package io.github.nvfetch.core.internal.nifti;

import io.github.nvfetch.core.volume.VolumeFormatException;

/**
 * nibabel's {@code get_best_affine}: the sform when {@code sform_code != 0}, else the qform (from
 * the quaternion, pixdims and qfac) when {@code qform_code != 0}, else the pixdim base affine with
 * x flipped ({@code shape_zoom_affine}).
 */
final class NiftiAffine {

  private static final double FLOAT32_EPS = Math.ulp(1.0f);
  private static final double FLOAT64_EPS = Math.ulp(1.0);

  private NiftiAffine() {}

  static double[][] best(HeaderFields fields, int[] shape) {
    if (fields.sformCode() != 0) {
      return sform(fields);
    }
    if (fields.qformCode() != 0) {
      return qform(fields);
    }
    return base(fields, shape);
  }

  private static double[][] sform(HeaderFields fields) {
    double[][] affine = identity();
    for (int row = 0; row < 3; row++) {
      for (int col = 0; col < 4; col++) {
        affine[row][col] = fields.srow(row, col);
      }
    }
    return affine;
  }

  private static double[][] qform(HeaderFields fields) {
    double b = fields.quatern(0);
    double c = fields.quatern(1);
    double d = fields.quatern(2);
    double threshold = -(fields.layout == NiftiLayout.NIFTI1 ? FLOAT32_EPS : FLOAT64_EPS) * 3;
    double w2 = 1.0 - (b * b + c * c + d * d);
    double a;
    if (w2 < 0) {
      if (w2 < threshold) {
        throw new VolumeFormatException("qform quaternion has w2 = " + w2 + " < 0");
      }
      a = 0;
    } else {
      a = Math.sqrt(w2);
    }
    double[][] rotation = quatToMatrix(a, b, c, d);
    double[] vox = {fields.pixdim(1), fields.pixdim(2), fields.pixdim(3)};
    vox[2] *= fields.pixdim(0);
    double[][] affine = identity();
    for (int row = 0; row < 3; row++) {
      for (int col = 0; col < 3; col++) {
        affine[row][col] = rotation[row][col] * vox[col];
      }
      affine[row][3] = fields.qoffset(row);
    }
    return affine;
  }

  private static double[][] quatToMatrix(double w, double x, double y, double z) {
    double nq = w * w + x * x + y * y + z * z;
    if (nq < FLOAT64_EPS) {
      return new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
    }
    double s = 2.0 / nq;
    double cx = x * s;
    double cy = y * s;
    double cz = z * s;
    double wx = w * cx;
    double wy = w * cy;
    double wz = w * cz;
    double xx = x * cx;
    double xy = x * cy;
    double xz = x * cz;
    double yy = y * cy;
    double yz = y * cz;
    double zz = z * cz;
    return new double[][] {
      {1.0 - (yy + zz), xy - wz, xz + wy},
      {xy + wz, 1.0 - (xx + zz), yz - wx},
      {xz - wy, yz + wx, 1.0 - (xx + yy)}
    };
  }

  private static double[][] base(HeaderFields fields, int[] shape) {
    double[][] affine = identity();
    for (int axis = 0; axis < 3; axis++) {
      double zoom = fields.pixdim(axis + 1);
      if (axis == 0) {
        zoom = -zoom;
      }
      double origin = (shape[axis] - 1) / 2.0;
      affine[axis][axis] = zoom;
      affine[axis][3] = -origin * zoom;
    }
    return affine;
  }

  static double[][] identity() {
    double[][] identity = new double[4][4];
    for (int i = 0; i < 4; i++) {
      identity[i][i] = 1;
    }
    return identity;
  }
}
