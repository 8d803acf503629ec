package io.github.nvfetch.core.internal;

import io.github.nvfetch.core.internal.NiftiGzipCheck.HeaderFacts;
import io.github.nvfetch.core.store.CorruptFileException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Reads the fields of a single-file NIfTI-1 ({@code n+1}, 348 bytes) or NIfTI-2 ({@code n+2}, 540
 * bytes) header that tell how large the image is, in the byte order {@code sizeof_hdr} reveals.
 */
final class NiftiHeaders {

  private static final String NIFTI2_MAGIC = "n+2\0\r\n\u001a\n";

  private NiftiHeaders() {}

  /** A NIfTI-1 header: dims are int16 at 40, datatype at 70, bitpix at 72, vox_offset at 108. */
  static HeaderFacts nifti1(byte[] header) {
    ByteBuffer buf = ordered(header, NiftiGzipCheck.NIFTI1_HEADER_SIZE);
    String magic = new String(header, 344, 4, StandardCharsets.ISO_8859_1);
    if (!magic.equals("n+1\0")) {
      throw new CorruptFileException("not a single-file NIfTI-1 image: magic is not n+1");
    }
    int rank = buf.getShort(40);
    requireRank(rank);
    long[] dims = new long[rank];
    for (int i = 0; i < rank; i++) {
      dims[i] = buf.getShort(42 + 2 * i);
    }
    float voxOffset = buf.getFloat(108);
    if (!(voxOffset >= NiftiGzipCheck.NIFTI1_HEADER_SIZE && voxOffset <= 1 << 24)) {
      throw new CorruptFileException("NIfTI header has vox_offset " + voxOffset);
    }
    return facts(
        NiftiGzipCheck.NIFTI1_HEADER_SIZE,
        dims,
        buf.getShort(70),
        buf.getShort(72),
        (long) voxOffset);
  }

  /** A NIfTI-2 header: datatype at 12, bitpix at 14, dims int64 at 16, vox_offset at 168. */
  static HeaderFacts nifti2(byte[] header) {
    ByteBuffer buf = ordered(header, NiftiGzipCheck.NIFTI2_HEADER_SIZE);
    String magic = new String(header, 4, 8, StandardCharsets.ISO_8859_1);
    if (!magic.equals(NIFTI2_MAGIC)) {
      throw new CorruptFileException("not a single-file NIfTI-2 image: magic is not n+2");
    }
    long rank = buf.getLong(16);
    if (rank < 1 || rank > 7) {
      throw new CorruptFileException("NIfTI header has " + rank + " dimensions");
    }
    long[] dims = new long[(int) rank];
    for (int i = 0; i < rank; i++) {
      dims[i] = buf.getLong(24 + 8 * i);
    }
    long voxOffset = buf.getLong(168);
    if (voxOffset < NiftiGzipCheck.NIFTI2_HEADER_SIZE || voxOffset > 1 << 24) {
      throw new CorruptFileException("NIfTI header has vox_offset " + voxOffset);
    }
    return facts(
        NiftiGzipCheck.NIFTI2_HEADER_SIZE, dims, buf.getShort(12), buf.getShort(14), voxOffset);
  }

  private static ByteBuffer ordered(byte[] header, int size) {
    ByteBuffer buf = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
    if (buf.getInt(0) != size) {
      buf.order(ByteOrder.BIG_ENDIAN);
    }
    return buf;
  }

  private static void requireRank(int rank) {
    if (rank < 1 || rank > 7) {
      throw new CorruptFileException("NIfTI header has " + rank + " dimensions");
    }
  }

  private static HeaderFacts facts(
      int headerSize, long[] dims, short datatype, short bitpix, long voxOffset) {
    if (bitpix <= 0 || bitpix % 8 != 0) {
      throw new CorruptFileException("NIfTI header has bitpix " + bitpix);
    }
    int[] shape = new int[dims.length];
    long voxels = 1;
    for (int i = 0; i < dims.length; i++) {
      if (dims[i] < 1 || dims[i] > Integer.MAX_VALUE) {
        throw new CorruptFileException("NIfTI header has dimension " + (i + 1) + " = " + dims[i]);
      }
      shape[i] = (int) dims[i];
      voxels = multiply(voxels, dims[i]);
    }
    long expected = voxOffset + multiply(voxels, bitpix / 8);
    if (expected > NiftiGzipCheck.MAX_UNCOMPRESSED_BYTES) {
      throw new CorruptFileException(
          "NIfTI header announces "
              + expected
              + " bytes, more than the "
              + NiftiGzipCheck.MAX_UNCOMPRESSED_BYTES
              + " accepted");
    }
    return new HeaderFacts(headerSize, shape, datatype, expected);
  }

  private static long multiply(long a, long b) {
    try {
      return Math.multiplyExact(a, b);
    } catch (ArithmeticException e) {
      throw new CorruptFileException("NIfTI header announces an image too large to hold");
    }
  }
}
