package io.github.nvfetch.testkit.internal.nifti;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Writes NIfTI-1 single files ({@code n+1}): the 348-byte header, a zero extension flag, then the
 * voxels from {@code vox_offset} 352, in x-fastest order, in either byte order. The qform is
 * derived from the affine ({@link Quaternion}); pixdim holds the affine's zooms whichever forms are
 * present.
 */
public final class NiftiWriter {

  /** Header plus extension flag: where the voxel data start. */
  public static final int VOX_OFFSET = 352;

  private static final byte MM_AND_SECONDS = 2 | 8;

  private NiftiWriter() {}

  /**
   * A buffer holding the header of an image, positioned at {@code vox_offset}, sized for header and
   * voxels, in the image's byte order: the caller puts the voxels with {@link NiftiDatatype#put}.
   *
   * @param image the header's content
   * @return the buffer (its array is the file once filled)
   */
  public static ByteBuffer start(NiftiImage image) {
    ByteBuffer b = ByteBuffer.allocate(Math.toIntExact(image.byteCount())).order(image.order());
    b.putInt(0, 348);
    b.putShort(40, (short) image.dims().length);
    for (int i = 0; i < 7; i++) {
      b.putShort(42 + 2 * i, (short) (i < image.dims().length ? image.dims()[i] : 1));
    }
    b.putShort(70, image.datatype().code());
    b.putShort(72, image.datatype().bitpix());
    Quaternion q = Quaternion.of(image.affine());
    b.putFloat(76, (float) (image.qformCode() > 0 ? q.qfac() : 1));
    for (int i = 0; i < 3; i++) {
      b.putFloat(80 + 4 * i, (float) q.zooms()[i]);
    }
    b.putFloat(92, image.dims().length > 3 ? 2f : 0f);
    b.putFloat(108, VOX_OFFSET);
    b.putFloat(112, (float) image.sclSlope());
    b.putFloat(116, (float) image.sclInter());
    b.put(123, MM_AND_SECONDS);
    putAscii(b, 148, 80, image.description());
    b.putShort(252, image.qformCode());
    b.putShort(254, image.sformCode());
    if (image.qformCode() > 0) {
      qform(b, q, image.affine());
    }
    if (image.sformCode() > 0) {
      sform(b, image.affine());
    }
    putAscii(b, 344, 4, "n+1");
    return b.position(VOX_OFFSET);
  }

  private static void qform(ByteBuffer b, Quaternion q, double[][] affine) {
    b.putFloat(256, (float) q.b());
    b.putFloat(260, (float) q.c());
    b.putFloat(264, (float) q.d());
    for (int row = 0; row < 3; row++) {
      b.putFloat(268 + 4 * row, (float) affine[row][3]);
    }
  }

  private static void sform(ByteBuffer b, double[][] affine) {
    for (int row = 0; row < 3; row++) {
      for (int col = 0; col < 4; col++) {
        b.putFloat(280 + 16 * row + 4 * col, (float) affine[row][col]);
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
