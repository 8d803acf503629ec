package io.github.nvfetch.report.internal.nifti;

import io.github.nvfetch.report.internal.projection.Affine;
import java.nio.ByteBuffer;

/**
 * The affine of a NIfTI-1 header, as nibabel picks it: the sform when {@code sform_code > 0},
 * else the qform (quaternion, {@code qfac} from {@code pixdim[0]}) when {@code qform_code > 0},
 * else the voxel sizes alone.
 */
final class NiftiAffine {

  private NiftiAffine() {
  }

  static Affine of(ByteBuffer b) {
    try {
      if (b.getShort(254) > 0) {
        return sform(b);
      }
      if (b.getShort(252) > 0) {
        return qform(b);
      }
      double[] size = voxelSizes(b);
      return Affine.scaled(size[0], size[1], size[2], 0, 0, 0);
    } catch (IllegalArgumentException e) {
      throw new VolumeFormatException("unusable affine: " + e.getMessage(), e);
    }
  }

  private static Affine sform(ByteBuffer b) {
    double[][] rows = new double[3][4];
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 4; c++) {
        rows[r][c] = b.getFloat(280 + 16 * r + 4 * c);
      }
    }
    return Affine.of(rows);
  }

  private static Affine qform(ByteBuffer b) {
    double qb = b.getFloat(256);
    double qc = b.getFloat(260);
    double qd = b.getFloat(264);
    double aa = 1 - (qb * qb + qc * qc + qd * qd);
    double qa;
    if (aa < 1e-7) {
      double norm = Math.sqrt(qb * qb + qc * qc + qd * qd);
      qa = 0;
      qb /= norm;
      qc /= norm;
      qd /= norm;
    } else {
      qa = Math.sqrt(aa);
    }
    double[][] r = {
        {qa * qa + qb * qb - qc * qc - qd * qd, 2 * (qb * qc - qa * qd), 2 * (qb * qd + qa * qc)},
        {2 * (qb * qc + qa * qd), qa * qa + qc * qc - qb * qb - qd * qd, 2 * (qc * qd - qa * qb)},
        {2 * (qb * qd - qa * qc), 2 * (qc * qd + qa * qb), qa * qa + qd * qd - qc * qc - qb * qb}};
    double[] size = voxelSizes(b);
    double qfac = b.getFloat(76) < 0 ? -1 : 1;
    double[] scale = {size[0], size[1], size[2] * qfac};
    double[][] rows = new double[3][4];
    for (int row = 0; row < 3; row++) {
      for (int c = 0; c < 3; c++) {
        rows[row][c] = r[row][c] * scale[c];
      }
      rows[row][3] = b.getFloat(268 + 4 * row);
    }
    return Affine.of(rows);
  }

  private static double[] voxelSizes(ByteBuffer b) {
    double[] size = new double[3];
    for (int axis = 0; axis < 3; axis++) {
      double v = Math.abs(b.getFloat(80 + 4 * axis));
      size[axis] = Double.isFinite(v) && v > 0 ? v : 1;
    }
    return size;
  }
}
