package io.github.nvfetch.testkit.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** Small valid gzip-compressed NIfTI-1 images, different for every id. */
public final class TinyNifti {

  private TinyNifti() {}

  /** A float32 image of 4 x 4 x (2 + id % 7) voxels whose values depend on {@code id}. */
  public static byte[] forId(long id) {
    int[] dims = {4, 4, 2 + (int) Math.floorMod(id, 7L)};
    int voxels = dims[0] * dims[1] * dims[2];
    ByteBuffer b = ByteBuffer.allocate(352 + 4 * voxels).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(0, 348);
    b.putShort(40, (short) 3);
    for (int i = 0; i < 3; i++) {
      b.putShort(42 + 2 * i, (short) dims[i]);
      b.putFloat(80 + 4 * i, 2f);
    }
    b.putShort(70, (short) 16);
    b.putShort(72, (short) 32);
    b.putFloat(108, 352f);
    b.put(344, "n+1\0".getBytes(StandardCharsets.ISO_8859_1));
    for (int v = 0; v < voxels; v++) {
      b.putFloat(352 + 4 * v, (float) (id * 1000 + v));
    }
    return gzip(b.array());
  }

  /** Gzip-compresses {@code content} in one member. */
  public static byte[] gzip(byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
