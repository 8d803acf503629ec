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
 * Header fields nibabel rewrites whatever the source says: the pixdims past the last dimension
 * become 1 ({@code set_data_shape}). A source with zeros there (as many NeuroVault files, and
 * the replica's varied volumes, have) still gives nilearn's header bytes.
 */
class ResampledHeaderTest {

  @TempDir
  Path temp;

  @ParameterizedTest
  @ValueSource(strings = {"continuous", "linear", "nearest"})
  void pixdimsPastTheShapeAreOneAsNibabelWritesThem(String interpolation) throws Exception {
    Path dir = ResamplingGoldenTest.goldenDir();
    byte[] source = gunzip(dir.resolve("f32_2mm.nii.gz"));
    ByteBuffer header = ByteBuffer.wrap(source).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 4; i < 8; i++) {
      header.putFloat(76 + 4 * i, 0f);
    }
    Path zeroed = Files.write(temp.resolve("zeroed.nii"), source);

    Path written = temp.resolve("out.nii.gz");
    Resampling.toStandardGrid(Volume.read(zeroed), Interpolation.ofNilearnName(interpolation))
        .writeNiftiGz(written);

    byte[] theirs = gunzip(dir.resolve("f32_2mm_" + interpolation + ".nii.gz"));
    byte[] ours = gunzip(written);
    assertEquals(1f, ByteBuffer.wrap(ours).order(ByteOrder.LITTLE_ENDIAN).getFloat(76 + 16));
    assertArrayEquals(Arrays.copyOf(theirs, 352), Arrays.copyOf(ours, 352), "header bytes");
  }

  private static byte[] gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readAllBytes();
    }
  }
}
