package io.github.nvfetch.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.GZIPOutputStream;

/** Writes small gzipped NIfTI-1 float32 volumes on the MNI 2 mm grid (x flipped) for tests. */
public final class TestNifti {

  private TestNifti() {}

  /** A 91 x 109 x 91 volume: a brain-like ellipsoid of 0.5 with a blob of {@code peak}. */
  public static byte[] mni2mm(float peak) {
    int nx = 91;
    int ny = 109;
    int nz = 91;
    ByteBuffer b = ByteBuffer.allocate(352 + nx * ny * nz * 4).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(0, 348);
    b.putShort(40, (short) 3)
        .putShort(42, (short) nx)
        .putShort(44, (short) ny)
        .putShort(46, (short) nz);
    b.putShort(70, (short) 16).putShort(72, (short) 32);
    b.putFloat(76, -1f).putFloat(80, 2f).putFloat(84, 2f).putFloat(88, 2f);
    b.putFloat(108, 352f);
    b.putShort(254, (short) 4);
    float[][] srow = {{-2, 0, 0, 90}, {0, 2, 0, -126}, {0, 0, 2, -72}};
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 4; c++) {
        b.putFloat(280 + 16 * r + 4 * c, srow[r][c]);
      }
    }
    b.put(344, (byte) 'n').put(345, (byte) '+').put(346, (byte) '1');
    int at = 352;
    for (int k = 0; k < nz; k++) {
      for (int j = 0; j < ny; j++) {
        for (int i = 0; i < nx; i++) {
          double dx = (i - 45) / 36.0;
          double dy = (j - 58) / 46.0;
          double dz = (k - 40) / 36.0;
          float v = 0;
          if (dx * dx + dy * dy + dz * dz < 1) {
            double d2 = (i - 30) * (i - 30) + (j - 60) * (j - 60) + (k - 50) * (k - 50);
            v = (float) (0.5 + peak * Math.exp(-d2 / 18.0));
          }
          b.putFloat(at, v);
          at += 4;
        }
      }
    }
    return gzip(b.array());
  }

  private static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
