package io.github.nvfetch.core.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.store.CorruptFileException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gzip check matches {@code gzip -t} (members concatenated: fine; zero padding: fine; anything
 * else after a member: rejected), NIfTI-1 and NIfTI-2 headers are read in both byte orders, and the
 * quick check of stored files catches truncated, empty, random and resized files.
 */
class StrictGzipAndNiftiTest {

  @TempDir Path dir;

  private Path file(byte[] bytes) throws IOException {
    return Files.write(dir.resolve("image.nii.gz"), bytes);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  @Test
  void concatenatedMembersInflateToTheWholeContent() throws IOException {
    byte[] raw = TestNifti.raw(4 * 60, 3, 4, 5);
    byte[] twoMembers =
        concat(
            TestNifti.gzip(Arrays.copyOf(raw, 200)),
            TestNifti.gzip(Arrays.copyOfRange(raw, 200, raw.length)));
    try (StrictGzipInputStream in =
        new StrictGzipInputStream(new ByteArrayInputStream(twoMembers))) {
      assertArrayEquals(raw, in.readAllBytes());
      assertEquals(2, in.members());
    }
    assertEquals(raw.length, NiftiGzipCheck.check(file(twoMembers)).uncompressedBytes());
    assertDoesNotThrow(() -> NiftiGzipCheck.quickCheck(file(twoMembers), twoMembers.length));
  }

  @Test
  void trailingGarbageIsRejectedAndZeroPaddingAccepted() throws IOException {
    byte[] valid = TestNifti.valid(4, 4, 4);
    for (String garbage : new String[] {"garbage", "\u001f", "\u001f\u008b", "\0\0x", "<html>"}) {
      byte[] bad = concat(valid, garbage.getBytes(StandardCharsets.ISO_8859_1));
      assertThrows(
          CorruptFileException.class, () -> NiftiGzipCheck.check(file(bad)), "garbage " + garbage);
      assertThrows(
          CorruptFileException.class,
          () -> NiftiGzipCheck.quickCheck(file(bad), bad.length),
          "garbage " + garbage);
    }
    byte[] padded = concat(valid, new byte[16]);
    assertDoesNotThrow(() -> NiftiGzipCheck.check(file(padded)));
  }

  @Test
  void aCorruptTrailerIsRejected() throws IOException {
    byte[] valid = TestNifti.valid(4, 4, 4);
    byte[] badCrc = valid.clone();
    badCrc[badCrc.length - 6] ^= 1;
    var e = assertThrows(CorruptFileException.class, () -> NiftiGzipCheck.check(file(badCrc)));
    assertTrue(e.getMessage().contains("CRC"), e.getMessage());
  }

  @Test
  void niftiTwoInBothByteOrdersAndBigEndianNiftiOneAreAccepted() throws IOException {
    for (ByteOrder order : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
      var two = NiftiGzipCheck.check(file(TestNifti.gzip(nifti2(order, 3, 5, 7))));
      assertArrayEquals(new int[] {3, 5, 7}, two.dims(), order + " NIfTI-2");
      assertEquals(544 + 3 * 5 * 7 * 4, two.uncompressedBytes());
      byte[] gz = TestNifti.gzip(nifti2(order, 3, 5, 7));
      assertDoesNotThrow(() -> NiftiGzipCheck.quickCheck(file(gz), gz.length));
    }
    var one = NiftiGzipCheck.check(file(TestNifti.gzip(bigEndianNifti1(2, 3, 4))));
    assertArrayEquals(new int[] {2, 3, 4}, one.dims());
  }

  @Test
  void quickCheckCatchesDamagedStoredFiles() throws IOException {
    byte[] valid = TestNifti.valid(8, 8, 8);
    byte[] random = new byte[valid.length];
    new Random(7).nextBytes(random);
    byte[][] damaged = {
      Arrays.copyOf(valid, 100),
      new byte[0],
      random,
      Arrays.copyOf(valid, valid.length - 1),
      concat(valid, new byte[] {1, 2, 3})
    };
    for (byte[] bad : damaged) {
      assertThrows(
          CorruptFileException.class,
          () -> NiftiGzipCheck.quickCheck(file(bad), -1),
          bad.length + " bytes");
    }
    assertThrows(
        CorruptFileException.class,
        () -> NiftiGzipCheck.quickCheck(file(valid), valid.length + 1),
        "size differs");
    assertDoesNotThrow(() -> NiftiGzipCheck.quickCheck(file(valid), valid.length));
    assertDoesNotThrow(() -> NiftiGzipCheck.quickCheck(file(valid), 0));
  }

  /** A NIfTI-2 header (540 bytes) + 4 extension bytes, then float32 voxels. */
  private static byte[] nifti2(ByteOrder order, int... dims) {
    int voxels = 1;
    for (int d : dims) {
      voxels *= d;
    }
    ByteBuffer b = ByteBuffer.allocate(544 + 4 * voxels).order(order);
    b.putInt(0, 540);
    b.put(4, "n+2\0\r\n\u001a\n".getBytes(StandardCharsets.ISO_8859_1));
    b.putShort(12, (short) 16);
    b.putShort(14, (short) 32);
    b.putLong(16, dims.length);
    for (int i = 0; i < dims.length; i++) {
      b.putLong(24 + 8 * i, dims[i]);
    }
    b.putLong(168, 544);
    return b.array();
  }

  private static byte[] bigEndianNifti1(int... dims) {
    int voxels = 1;
    for (int d : dims) {
      voxels *= d;
    }
    ByteBuffer b = ByteBuffer.allocate(352 + 4 * voxels).order(ByteOrder.BIG_ENDIAN);
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
}
