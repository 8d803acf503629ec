package io.github.nvfetch.report.internal.nifti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.report.internal.projection.ArrayVolume;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NiftiReaderTest {

  @TempDir
  Path dir;

  @Test
  void readsAGzippedFloatVolumeWithItsSform() throws IOException {
    ByteBuffer header = header(ByteOrder.LITTLE_ENDIAN, new int[] {3, 4, 2}, 16);
    header.putShort(254, (short) 4);
    float[][] srow = {{-2, 0, 0, 90}, {0, 2, 0, -126}, {0, 0, 2, -72}};
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 4; c++) {
        header.putFloat(280 + 16 * r + 4 * c, srow[r][c]);
      }
    }
    ByteBuffer voxels = ByteBuffer.allocate(24 * 4).order(ByteOrder.LITTLE_ENDIAN);
    for (int n = 0; n < 24; n++) {
      voxels.putFloat(n == 5 ? Float.NaN : n - 3);
    }
    ArrayVolume volume = NiftiReader.read(write("a.nii.gz", header, voxels, true));
    assertEquals(3, volume.nx());
    assertEquals(4, volume.ny());
    assertEquals(2, volume.nz());
    assertEquals(-3f, volume.value(0, 0, 0));
    assertEquals(20f, volume.value(2, 3, 1)); // n = 23
    assertTrue(Float.isNaN(volume.value(2, 1, 0)));
    assertEquals("[88.0, -124.0, -70.0]", Arrays.toString(volume.affine().apply(1, 1, 1)));
  }

  @Test
  void readsABigEndianInt16VolumeWithQformAndScaling() throws IOException {
    ByteBuffer header = header(ByteOrder.BIG_ENDIAN, new int[] {2, 2, 2}, 4);
    header.putFloat(112, 0.5f);
    header.putFloat(116, 1f);
    header.putShort(252, (short) 1);
    header.putFloat(76, -1f); // qfac
    header.putFloat(260, 1f); // quaternion (0, 1, 0): x flipped, then z flipped by qfac ...
    header.putFloat(268, 10f);
    header.putFloat(272, 20f);
    header.putFloat(276, 30f);
    ByteBuffer voxels = ByteBuffer.allocate(8 * 2).order(ByteOrder.BIG_ENDIAN);
    for (int n = 0; n < 8; n++) {
      voxels.putShort((short) (n * 2));
    }
    ArrayVolume volume = NiftiReader.read(write("b.nii", header, voxels, false));
    assertEquals(1f, volume.value(0, 0, 0));
    assertEquals(8f, volume.value(1, 1, 1)); // 14 * 0.5 + 1
    // (0, 1, 0) with qfac -1 is diag(-1, 1, 1) times the voxel sizes 3, 3, 3
    assertEquals("[7.0, 23.0, 33.0]", Arrays.toString(volume.affine().apply(1, 1, 1)));
  }

  @Test
  void refusesWhatItCannotShowWithAReason() throws IOException {
    ByteBuffer notNifti = ByteBuffer.allocate(400);
    VolumeFormatException e = assertThrows(VolumeFormatException.class,
        () -> NiftiReader.read(write("c.nii", notNifti, ByteBuffer.allocate(0), false)));
    assertTrue(e.getMessage().contains("not a NIfTI-1 file"), e.getMessage());

    ByteBuffer header = header(ByteOrder.LITTLE_ENDIAN, new int[] {4, 4, 4}, 16);
    ByteBuffer few = ByteBuffer.allocate(10);
    e = assertThrows(VolumeFormatException.class,
        () -> NiftiReader.read(write("d.nii.gz", header, few, true)));
    assertTrue(e.getMessage().contains("file ends inside the voxels"), e.getMessage());

    ByteBuffer complex = header(ByteOrder.LITTLE_ENDIAN, new int[] {1, 1, 1}, 32);
    e = assertThrows(VolumeFormatException.class,
        () -> NiftiReader.read(write("e.nii", complex, ByteBuffer.allocate(8), false)));
    assertTrue(e.getMessage().contains("datatype 32"), e.getMessage());

    Path garbage = dir.resolve("f.nii.gz");
    Files.write(garbage, new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3});
    assertThrows(VolumeFormatException.class, () -> NiftiReader.read(garbage));
  }

  private static ByteBuffer header(ByteOrder order, int[] dims, int datatype) {
    ByteBuffer b = ByteBuffer.allocate(352).order(order);
    b.putInt(0, 348);
    b.putShort(40, (short) 3);
    for (int i = 0; i < 3; i++) {
      b.putShort(42 + 2 * i, (short) dims[i]);
      b.putFloat(80 + 4 * i, 3f);
    }
    b.putShort(70, (short) datatype);
    b.putFloat(108, 352f);
    b.put(344, (byte) 'n').put(345, (byte) '+').put(346, (byte) '1');
    return b;
  }

  private Path write(String name, ByteBuffer header, ByteBuffer voxels, boolean gzip)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (var out = gzip ? new GZIPOutputStream(bytes) : bytes) {
      out.write(header.array());
      out.write(voxels.array());
    }
    Path file = dir.resolve(name);
    Files.write(file, bytes.toByteArray());
    return file;
  }
}
