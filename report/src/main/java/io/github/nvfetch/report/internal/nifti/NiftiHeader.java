package io.github.nvfetch.report.internal.nifti;

import io.github.nvfetch.report.internal.projection.Affine;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The fields of a NIfTI-1 header ({@code n+1}, single file) a thumbnail needs: the grid of the
 * first 3-D volume, the voxel type, the scaling and the affine (sform, else qform, else the voxel
 * sizes). Validated: a header that is not NIfTI-1, a grid without voxels or larger than
 * {@link #MAX_VOXELS}, or an unknown voxel type is a {@link VolumeFormatException}.
 *
 * @param order the byte order of the file
 * @param dims nx, ny, nz (of the first volume when there are more)
 * @param type the voxel type
 * @param voxOffset where the voxels start
 * @param slope {@code scl_slope}, 0 for none
 * @param intercept {@code scl_inter}
 * @param affine the voxel-to-world affine
 */
record NiftiHeader(ByteOrder order, int[] dims, VoxelType type, long voxOffset, double slope,
    double intercept, Affine affine) {

  /** Size of a NIfTI-1 header. */
  static final int SIZE = 348;
  /** The largest volume shown: 128 M voxels (a 0.5 mm whole brain is 47 M). */
  static final long MAX_VOXELS = 128L << 20;

  /** Parses and checks a header. */
  static NiftiHeader parse(byte[] bytes) {
    ByteBuffer b = ByteBuffer.wrap(bytes);
    b.order(ByteOrder.LITTLE_ENDIAN);
    if (b.getInt(0) != SIZE) {
      b.order(ByteOrder.BIG_ENDIAN);
      if (b.getInt(0) != SIZE) {
        throw new VolumeFormatException("not a NIfTI-1 file (header size "
            + Integer.toUnsignedString(b.getInt(0)) + ", expected 348)");
      }
    }
    String magic = new String(bytes, 344, 3, java.nio.charset.StandardCharsets.US_ASCII);
    if (!magic.equals("n+1")) {
      throw new VolumeFormatException("not a single-file NIfTI-1 image (magic '"
          + magic.replaceAll("[^\\x20-\\x7e]", "?") + "')");
    }
    int[] dims = dims(b);
    VoxelType type = VoxelType.of(b.getShort(70));
    float offset = b.getFloat(108);
    if (!(offset >= SIZE + 4) || offset > Integer.MAX_VALUE) {
      throw new VolumeFormatException("bad vox_offset " + offset);
    }
    double slope = finiteOr(b.getFloat(112), 0);
    double intercept = slope == 0 ? 0 : finiteOr(b.getFloat(116), 0);
    return new NiftiHeader(b.order(), dims, type, (long) offset, slope, intercept,
        NiftiAffine.of(b));
  }

  private static int[] dims(ByteBuffer b) {
    int rank = b.getShort(40);
    if (rank < 1 || rank > 7) {
      throw new VolumeFormatException("bad dim[0] " + rank + " (expected 1..7)");
    }
    int[] dims = new int[3];
    long total = 1;
    for (int axis = 0; axis < 3; axis++) {
      dims[axis] = axis < rank ? b.getShort(42 + 2 * axis) : 1;
      if (dims[axis] < 1) {
        throw new VolumeFormatException("bad dim[" + (axis + 1) + "] " + dims[axis]);
      }
      total *= dims[axis];
    }
    if (total > MAX_VOXELS) {
      throw new VolumeFormatException("volume of " + total + " voxels is too large to show");
    }
    return dims;
  }

  private static double finiteOr(float value, double fallback) {
    return Float.isFinite(value) ? value : fallback;
  }

  /** Voxels of the first volume. */
  int voxels() {
    return dims[0] * dims[1] * dims[2];
  }
}
