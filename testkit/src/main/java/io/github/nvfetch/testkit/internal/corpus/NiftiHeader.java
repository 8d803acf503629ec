package io.github.nvfetch.testkit.internal.corpus;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Writes a little-endian NIfTI-1 single-file header ({@code n+1}): 348 bytes, then the 4-byte
 * extension flag (zero), so the voxels start at {@code vox_offset} 352. 3-D float32, MNI
 * orientation (x flipped: qfac -1, quaternion (0, 1, 0)), identical qform and sform with code 4
 * (MNI152).
 */
public final class NiftiHeader {

  /** Header plus extension flag: where the voxel data start. */
  public static final int VOX_OFFSET = 352;

  private static final short FLOAT32 = 16;
  private static final short MNI_CODE = 4;
  private static final byte MM_AND_SECONDS = 2 | 8;

  private NiftiHeader() {}

  /**
   * The header of a float32 volume.
   *
   * @param dims nx, ny, nz
   * @param voxelSize isotropic voxel size in mm
   * @param origin world coordinates (mm) of voxel (0, 0, 0): x, y, z
   * @param calRange display range: cal_min, cal_max
   * @param description up to 79 ASCII characters
   * @return 352 bytes
   */
  public static byte[] write(
      int[] dims, float voxelSize, float[] origin, float[] calRange, String description) {
    ByteBuffer b = ByteBuffer.allocate(VOX_OFFSET).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(0, 348);
    b.put(39, (byte) 0);
    short[] dim = {3, (short) dims[0], (short) dims[1], (short) dims[2], 1, 1, 1, 1};
    for (int i = 0; i < 8; i++) {
      b.putShort(40 + 2 * i, dim[i]);
    }
    b.putShort(70, FLOAT32);
    b.putShort(72, (short) 32);
    float[] pixdim = {-1f, voxelSize, voxelSize, voxelSize, 0f, 0f, 0f, 0f};
    for (int i = 0; i < 8; i++) {
      b.putFloat(76 + 4 * i, pixdim[i]);
    }
    b.putFloat(108, VOX_OFFSET);
    b.putFloat(112, 1f);
    b.put(123, MM_AND_SECONDS);
    b.putFloat(124, calRange[1]);
    b.putFloat(128, calRange[0]);
    putAscii(b, 148, 80, description);
    b.putShort(252, MNI_CODE);
    b.putShort(254, MNI_CODE);
    affine(b, voxelSize, origin);
    putAscii(b, 344, 4, "n+1");
    return b.array();
  }

  private static void affine(ByteBuffer b, float voxelSize, float[] origin) {
    b.putFloat(256, 0f);
    b.putFloat(260, 1f);
    b.putFloat(264, 0f);
    b.putFloat(268, origin[0]);
    b.putFloat(272, origin[1]);
    b.putFloat(276, origin[2]);
    float[][] rows = {
      {-voxelSize, 0, 0, origin[0]}, {0, voxelSize, 0, origin[1]}, {0, 0, voxelSize, origin[2]}
    };
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 4; c++) {
        b.putFloat(280 + 16 * r + 4 * c, rows[r][c]);
      }
    }
  }

  private static void putAscii(ByteBuffer b, int offset, int size, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i < Math.min(bytes.length, size - 1); i++) {
      b.put(offset + i, bytes[i]);
    }
  }
}
