package io.github.nvfetch.core.volume;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Header extensions: a resampled file carries the source's (as nilearn's, which copies the header);
 * an impossible extension size is a clear format error, never a misread volume.
 */
class HeaderExtensionsTest {

  @TempDir Path temp;

  @Test
  void aResampledFileKeepsTheSourceExtensionsWithTheDataAfterThem() throws Exception {
    Path source = ResamplingGoldenTest.goldenDir().resolve("f32_extensions.nii.gz");
    Volume resampled = Resampling.toStandardGrid(Volume.read(source), Interpolation.LINEAR);
    Path written = temp.resolve("image_1_resampled.nii.gz");
    resampled.writeNiftiGz(written);

    byte[] bytes = gunzip(written);
    ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    assertEquals(1, bytes[348], "extension flag");
    // three extensions: 8 + 36 -> 48, 8 + 19 -> 32, 8 + 8 (NULs stripped) -> 16
    assertEquals(48, buffer.getInt(352));
    assertEquals(4, buffer.getInt(356));
    assertEquals(32, buffer.getInt(400));
    assertEquals(6, buffer.getInt(404));
    assertEquals(16, buffer.getInt(432));
    assertEquals(40, buffer.getInt(436));
    assertEquals(448f, buffer.getFloat(108), "vox_offset after the extensions");
    Volume reread = Volume.read(written);
    assertArrayEquals(resampled.shape(), reread.shape());
    assertEquals(0.0, ResamplingGoldenTest.maxDifference(resampled, reread));
  }

  @ParameterizedTest(name = "esize {0}")
  @ValueSource(ints = {0, 4, 7, 4096, -16})
  void anImpossibleExtensionSizeIsAFormatError(int esize) throws Exception {
    Path source = ResamplingGoldenTest.goldenDir().resolve("f32_extensions.nii.gz");
    byte[] bytes = gunzip(source);
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(352, esize);
    Path bad = Files.write(temp.resolve("bad.nii"), bytes);

    VolumeFormatException error = assertThrows(VolumeFormatException.class, () -> Volume.read(bad));
    assertTrue(error.getMessage().contains("extension"), error.getMessage());
  }

  @Test
  void aClearedFlagMeansNoExtensionsEvenWithBytesBeforeTheData() throws Exception {
    Path source = ResamplingGoldenTest.goldenDir().resolve("f32_extensions.nii.gz");
    byte[] bytes = gunzip(source);
    bytes[348] = 0;
    Path plain = Files.write(temp.resolve("plain.nii"), bytes);
    Volume volume = Volume.read(plain);
    Path written = temp.resolve("out.nii.gz");
    Resampling.toStandardGrid(volume, Interpolation.NEAREST).writeNiftiGz(written);

    byte[] out = gunzip(written);
    assertEquals(0, out[348], "no extension flag");
    assertEquals(352f, ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN).getFloat(108));
    assertEquals(Volume.read(source).getFlat(100), volume.getFlat(100));
  }

  private static byte[] gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readAllBytes();
    }
  }
}
