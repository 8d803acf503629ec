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
 * The pixdims past the last dimension, as nibabel writes nilearn's resampled image: its
 * {@code update_header} calls {@code set_data_shape} (which sets them to 1) only when the shape
 * changed. Sources with zeros there (many NeuroVault files, the replica's varied volumes) still
 * give nilearn's header bytes: 1 when the grid changed the shape, the zeros kept when it did not
 * (checked with nibabel 5.0 on these inputs).
 */
class ResampledHeaderTest {

  @TempDir
  Path temp;

  @ParameterizedTest
  @ValueSource(strings = {"continuous", "linear", "nearest"})
  void pixdimsPastTheShapeAreOneAsNibabelWritesThem(String interpolation) throws Exception {
    Path dir = ResamplingGoldenTest.goldenDir();
    Path zeroed = Files.write(temp.resolve("zeroed.nii"),
        zeroPixdims(gunzip(dir.resolve("f32_2mm.nii.gz"))));

    Path written = temp.resolve("out.nii.gz");
    Resampling.toStandardGrid(Volume.read(zeroed), Interpolation.ofNilearnName(interpolation))
        .writeNiftiGz(written);

    byte[] theirs = gunzip(dir.resolve("f32_2mm_" + interpolation + ".nii.gz"));
    byte[] ours = gunzip(written);
    assertEquals(1f, ByteBuffer.wrap(ours).order(ByteOrder.LITTLE_ENDIAN).getFloat(76 + 16));
    assertArrayEquals(Arrays.copyOf(theirs, 352), Arrays.copyOf(ours, 352), "header bytes");
  }

  @ParameterizedTest
  @ValueSource(strings = {"continuous", "linear", "nearest"})
  void pixdimsAreKeptWhenTheShapeDoesNotChange(String interpolation) throws Exception {
    Path dir = ResamplingGoldenTest.goldenDir();
    Path zeroed = Files.write(temp.resolve("zeroed.nii"),
        zeroPixdims(gunzip(dir.resolve("f32_3mm_std.nii.gz"))));

    Path written = temp.resolve("out.nii.gz");
    Volume resampled = Resampling.toStandardGrid(Volume.read(zeroed),
        Interpolation.ofNilearnName(interpolation));
    resampled.writeNiftiGz(written);

    assertArrayEquals(new int[] {12, 13, 11}, resampled.shape(), "same shape as the source");
    byte[] theirs = zeroPixdims(gunzip(dir.resolve("f32_3mm_std_" + interpolation
        + ".nii.gz")));
    assertArrayEquals(Arrays.copyOf(theirs, 352), Arrays.copyOf(gunzip(written), 352),
        "header bytes, pixdim[4..7] still 0");
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
