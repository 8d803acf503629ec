package io.github.nvfetch.core.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** Builds small NIfTI-1 images for tests. */
public final class TestNifti {

  private TestNifti() {}

  /** A NIfTI-1 header (348 bytes) + 4 extension bytes for float32 data of these dims. */
  public static byte[] header(int... dims) {
    ByteBuffer b = ByteBuffer.allocate(352).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(0, 348);
    b.putShort(40, (short) dims.length);
    for (int i = 0; i < dims.length; i++) {
      b.putShort(42 + 2 * i, (short) dims[i]);
    }
    b.putShort(70, (short) 16);
    b.putShort(72, (short) 32);
    b.putFloat(108, 352f);
    b.put(344, "n+1\0".getBytes(StandardCharsets.ISO_8859_1));
    return b.array();
  }

  /** Uncompressed image: header then {@code voxelBytes} bytes of data. */
  public static byte[] raw(long voxelBytes, int... dims) {
    byte[] header = header(dims);
    byte[] out = new byte[(int) (header.length + voxelBytes)];
    System.arraycopy(header, 0, out, 0, header.length);
    for (int i = header.length; i < out.length; i++) {
      out[i] = (byte) (i * 31);
    }
    return out;
  }

  /** A complete, valid gzip NIfTI of float32 voxels. */
  public static byte[] valid(int... dims) {
    long voxels = 1;
    for (int d : dims) {
      voxels *= d;
    }
    return gzip(raw(voxels * 4, dims));
  }

  /** Gzip-compresses bytes. */
  public static byte[] gzip(byte[] content) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
