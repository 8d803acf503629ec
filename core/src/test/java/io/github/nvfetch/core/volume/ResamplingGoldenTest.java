package io.github.nvfetch.core.volume;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our resampling against the real nilearn's: every case of {@code resample-golden/manifest.json}
 * (made by {@code tools/resample-golden/make_golden.py}), each interpolation. Axis-aligned grids
 * must be bit-identical (values and NaN mask); oblique affines may differ by rounding in the 4x4
 * inverse (OpenBLAS's LAPACK), bounded and printed.
 */
class ResamplingGoldenTest {

  /** Largest absolute difference accepted on oblique affines (the measured one is printed). */
  private static final double OBLIQUE_TOLERANCE = 1e-4;

  @TempDir Path temp;

  static Stream<Arguments> cases() throws IOException, URISyntaxException {
    Path dir = goldenDir();
    JsonNode manifest = new ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
    List<Arguments> out = new ArrayList<>();
    for (JsonNode entry : manifest.get("cases")) {
      for (Map.Entry<String, JsonNode> output : iterable(entry.get("outputs").fields())) {
        out.add(Arguments.of(entry.get("name").asText(), output.getKey(), output.getValue()));
      }
    }
    return out.stream();
  }

  private static <T> Iterable<T> iterable(java.util.Iterator<T> iterator) {
    return () -> iterator;
  }

  static Path goldenDir() throws URISyntaxException {
    return Path.of(ResamplingGoldenTest.class.getResource("/resample-golden/manifest.json").toURI())
        .getParent();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void matchesNilearn(String name, String interpolationName, JsonNode expected) throws Exception {
    Path dir = goldenDir();
    Interpolation interpolation = Interpolation.ofNilearnName(interpolationName);
    Volume input = Volume.read(dir.resolve(name + ".nii.gz"));
    if (expected.has("error")) {
      assertEquals("BoundingBoxError", expected.get("error").asText());
      assertThrows(
          BoundingBoxException.class, () -> Resampling.toStandardGrid(input, interpolation));
      return;
    }
    Volume ours = Resampling.toStandardGrid(input, interpolation);
    Volume nilearnFile = Volume.read(dir.resolve(expected.get("file").asText()));
    Volume nilearnArray =
        expected.has("array_file")
            ? Volume.read(dir.resolve(expected.get("array_file").asText()))
            : nilearnFile;
    int[] shape = new int[expected.get("shape").size()];
    for (int i = 0; i < shape.length; i++) {
      shape[i] = expected.get("shape").get(i).asInt();
    }
    assertArrayEquals(shape, ours.shape(), "shape");
    assertArrayEquals(Resampling.standardAffine(), ours.affine(), "affine");
    assertEquals(nilearnArray.type(), ours.type(), "in-memory dtype");
    double diff = maxDifference(ours, nilearnArray);
    if (name.contains("oblique")) {
      System.out.printf(
          "resample-golden %s %s: max abs difference %s%n", name, interpolationName, diff);
      assertTrue(diff <= OBLIQUE_TOLERANCE, "oblique difference " + diff);
    } else {
      assertEquals(0.0, diff, name + " " + interpolationName + " must be bit-identical");
    }
    Path written = temp.resolve(name + "_" + interpolationName + ".nii.gz");
    ours.writeNiftiGz(written);
    Volume reread = Volume.read(written);
    assertEquals(nilearnFile.storedType(), reread.storedType(), "on-disk datatype");
    double fileDiff = maxDifference(reread, nilearnFile);
    if (!name.contains("oblique")) {
      assertEquals(0.0, fileDiff, "decoded file values");
      byte[] theirs = headerAndExtensions(dir.resolve(expected.get("file").asText()));
      assertArrayEquals(theirs, headerAndExtensions(written), "header and extension bytes");
      if (name.contains("extensions")) {
        assertTrue(theirs.length > 352 + 48, "nilearn's file carries the source's extensions");
      }
    }
  }

  /** The largest absolute difference; infinite when the NaN masks or the bits differ. */
  static double maxDifference(Volume a, Volume b) {
    assertEquals(a.voxelCount(), b.voxelCount(), "voxel count");
    double max = 0;
    for (int i = 0; i < a.voxelCount(); i++) {
      double x = a.getFlat(i);
      double y = b.getFlat(i);
      if (Double.isNaN(x) || Double.isNaN(y)) {
        if (Double.isNaN(x) != Double.isNaN(y)) {
          return Double.POSITIVE_INFINITY;
        }
        continue;
      }
      max = Math.max(max, Math.abs(x - y));
    }
    return max;
  }

  /** The decompressed bytes before the voxels: header, extension flag and extensions. */
  private static byte[] headerAndExtensions(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      byte[] first = in.readNBytes(4);
      boolean nifti1 = first[0] == 92 || first[3] == 92;
      boolean little = first[0] == 92 || first[0] == 28;
      int size = nifti1 ? 348 : 540;
      byte[] header = new byte[size];
      System.arraycopy(first, 0, header, 0, 4);
      System.arraycopy(in.readNBytes(size - 4), 0, header, 4, size - 4);
      ByteBuffer buffer =
          ByteBuffer.wrap(header).order(little ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
      long voxOffset = nifti1 ? (long) buffer.getFloat(108) : buffer.getLong(168);
      byte[] all = new byte[(int) voxOffset];
      System.arraycopy(header, 0, all, 0, size);
      byte[] rest = in.readNBytes((int) voxOffset - size);
      System.arraycopy(rest, 0, all, size, rest.length);
      return all;
    }
  }
}
