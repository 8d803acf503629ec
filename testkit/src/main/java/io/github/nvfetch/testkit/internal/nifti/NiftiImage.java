package io.github.nvfetch.testkit.internal.nifti;

import java.nio.ByteOrder;

/**
 * What a NIfTI-1 single-file header says about an image.
 *
 * @param dims nx, ny, nz (3-D) or nx, ny, nz, nt (4-D)
 * @param datatype the voxel type
 * @param order the byte order of header and voxels
 * @param affine the voxel-to-world affine, 3 rows of 4 (the last row is 0 0 0 1)
 * @param qformCode the qform code (0: no qform; the quaternion fields are then zero and qfac 1)
 * @param sformCode the sform code (0: no sform; the srow fields are then zero)
 * @param sclSlope {@code scl_slope} (0 or 1 with {@code sclInter} 0: unscaled)
 * @param sclInter {@code scl_inter}
 * @param description up to 79 ASCII characters
 */
public record NiftiImage(
    int[] dims,
    NiftiDatatype datatype,
    ByteOrder order,
    double[][] affine,
    short qformCode,
    short sformCode,
    double sclSlope,
    double sclInter,
    String description) {

  /** The number of voxels of all volumes. */
  public long voxelCount() {
    long n = 1;
    for (int d : dims) {
      n *= d;
    }
    return n;
  }

  /** The number of bytes of header and voxels. */
  public long byteCount() {
    return NiftiWriter.VOX_OFFSET + voxelCount() * datatype.bytes();
  }

  /** The number of volumes (1 for a 3-D image). */
  public int volumes() {
    return dims.length > 3 ? dims[3] : 1;
  }

  /** Whether values are stored scaled ({@code stored = (value - inter) / slope}). */
  public boolean scaled() {
    return sclSlope != 0 && !(sclSlope == 1 && sclInter == 0);
  }
}
