package io.github.nvfetch.core.volume;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pixdims past the last dimension, as nibabel writes nilearn's resampled image: its {@code
 * update_header} calls {@code set_data_shape} (which sets them to 1) only when the shape changed.
 * Sources with zeros there (many NeuroVault files, the replica's varied volumes) still give
 * nilearn's header bytes: 1 when the grid changed the shape, the zeros kept when it did not
 * (checked with nibabel 5.0 on these inputs).
 */
class ResampledHeaderTest {

  @TempDir Path temp;

  @ParameterizedTest
  @ValueSource(strings = {"continuous", "linear", "nearest"})
  void pixdimsPastTheShapeAreOneAsNibabelWritesThem(String interpolation) throws Exception {
    byte[] ours = resampledWithZeroedPixdims("f32_2mm", interpolation);

    byte[] theirs =
        gunzip(ResamplingGoldenTest.goldenDir().resolve("f32_2mm_" + interpolation + ".nii.gz"));
    assertEquals(1f, ByteBuffer.wrap(ours).order(ByteOrder.LITTLE_ENDIAN).getFloat(76 + 16));
    assertArrayEquals(Arrays.copyOf(theirs, 352), Arrays.copyOf(ours, 352), "header bytes");
  }

  @ParameterizedTest
  @ValueSource(strings = {"continuous", "linear", "nearest"})
  void pixdimsAreKeptWhenTheShapeDoesNotChange(String interpolation) throws Exception {
    // f32_3mm_std lies on the standard grid: its 12 x 13 x 11 shape does not change
    byte[] ours = resampledWithZeroedPixdims("f32_3mm_std", interpolation);

    byte[] theirs =
        zeroPixdims(
            gunzip(
                ResamplingGoldenTest.goldenDir()
                    .resolve("f32_3mm_std_" + interpolation + ".nii.gz")));
    assertEquals(12, ByteBuffer.wrap(ours).order(ByteOrder.LITTLE_ENDIAN).getShort(42));
    assertArrayEquals(
        Arrays.copyOf(theirs, 352), Arrays.copyOf(ours, 352), "header bytes, pixdim[4..7] still 0");
  }

  /** The decompressed file our resampling writes from a golden input with pixdim[4..7] = 0. */
  private byte[] resampledWithZeroedPixdims(String input, String interpolation) throws Exception {
    Path zeroed =
        Files.write(
            temp.resolve("zeroed.nii"),
            zeroPixdims(gunzip(ResamplingGoldenTest.goldenDir().resolve(input + ".nii.gz"))));
    Path written = temp.resolve("out.nii.gz");
    Resampling.toStandardGrid(Volume.read(zeroed), Interpolation.ofNilearnName(interpolation))
        .writeNiftiGz(written);
    return gunzip(written);
  }

  private static byte[] zeroPixdims(byte[] file) {
    ByteBuffer header = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 4; i < 8; i++) {
      header.putFloat(76 + 4 * i, 0f);
    }
    return file;
  }

  private static byte[] gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readAllBytes();
    }
  }
}
