package io.github.nvfetch.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * A varied corpus serves the mix of NeuroVault's files, each header saying what its variant means.
 */
class VariedVolumesTest {

  private static final CorpusSpec SPEC =
      CorpusSpec.builder().seed(42).collections(5).images(40).volumes(VolumeMix.VARIED).build();
  private static final double[][] MNI_2MM = {{-2, 0, 0, 90}, {0, 2, 0, -126}, {0, 0, 2, -72}};
  private static final double[][] MNI_3MM = {{-3, 0, 0, 90}, {0, 3, 0, -126}, {0, 0, 3, -72}};

  @Test
  void theFirstListedImagesTakeEveryVariantInOrderWithExactSizes() throws IOException {
    Corpus corpus = Corpus.generate(SPEC);
    long[] ids = corpus.imageIds().limit(VolumeVariant.values().length).toArray();
    for (int i = 0; i < ids.length; i++) {
      VolumeVariant variant = VolumeVariant.values()[i];
      assertEquals(variant, corpus.volumeVariant(ids[i]).orElseThrow());
      byte[] file = corpus.fileBytes(ids[i]);
      assertEquals(corpus.imageJson(ids[i]).get("file_size").asLong(), file.length, variant.name());
      Header h = Header.of(gunzip(file));
      assertEquals(
          h.voxels() * h.bytesPerVoxel() + 352, h.data.capacity(), variant + ": no trailing bytes");
      check(variant, h);
    }
  }

  private static void check(VolumeVariant variant, Header h) {
    switch (variant) {
      case MNI_2MM_FLOAT32 -> assertGrid(h, 16, new int[] {91, 109, 91}, MNI_2MM, 4, 4);
      case MNI_3MM_FLOAT32 -> assertGrid(h, 16, new int[] {61, 73, 61}, MNI_3MM, 4, 4);
      case MNI_1MM_CROPPED_FLOAT32 ->
          assertGrid(
              h,
              16,
              new int[] {64, 80, 64},
              new double[][] {{-1, 0, 0, 31}, {0, 1, 0, -57}, {0, 0, 1, -13}},
              4,
              4);
      case MNI_2MM_INT16_SCALED -> {
        assertGrid(h, 4, new int[] {91, 109, 91}, MNI_2MM, 4, 4);
        assertTrue(h.slope() > 0 && h.slope() < 0.01, "scl_slope " + h.slope());
        assertNotEquals(0f, h.inter(), "scl_inter");
        double[] range = h.range();
        assertTrue(
            range[0] < -1 && range[1] > 1,
            "a signed range after scaling: " + Arrays.toString(range));
      }
      case MNI_2MM_UINT8_LABELS -> {
        assertGrid(h, 2, new int[] {91, 109, 91}, MNI_2MM, 4, 4);
        assertArrayEquals(new double[] {0, 6}, h.range());
      }
      case MNI_3MM_FLOAT64 -> assertGrid(h, 64, new int[] {61, 73, 61}, MNI_3MM, 4, 4);
      case MNI_2MM_FLOAT32_NAN -> {
        assertGrid(h, 16, new int[] {91, 109, 91}, MNI_2MM, 4, 4);
        assertTrue(Double.isNaN(h.value(0)), "NaN background");
        assertTrue(
            h.nanCount() > h.voxels() / 2 && h.nanCount() < h.voxels(),
            "NaN outside the brain only");
      }
      case SFORM_ONLY -> {
        assertGrid(h, 16, new int[] {91, 109, 91}, MNI_2MM, 0, 4);
        assertEquals(0f, h.data.getFloat(260), "no quaternion");
      }
      case QFORM_ONLY -> {
        assertGrid(h, 16, new int[] {91, 109, 91}, null, 4, 0);
        assertEquals(1f, h.data.getFloat(260), "quatern_c: 180 degrees about y");
        assertEquals(-1f, h.data.getFloat(76), "qfac");
        assertEquals(-126f, h.data.getFloat(272), "qoffset_y");
        assertEquals(0f, h.data.getFloat(280), "no srow");
      }
      case OBLIQUE -> {
        assertGrid(h, 16, new int[] {61, 73, 61}, null, 1, 4);
        assertTrue(Math.abs(h.srow(0, 1)) > 0.3 && Math.abs(h.srow(1, 2)) > 0.3, "rotated");
      }
      case BIG_ENDIAN -> {
        assertEquals(ByteOrder.BIG_ENDIAN, h.data.order());
        assertGrid(h, 16, new int[] {91, 109, 91}, MNI_2MM, 4, 4);
      }
      case FOUR_D -> assertGrid(h, 16, new int[] {61, 73, 61, 3}, MNI_3MM, 4, 4);
      case OUTSIDE_STANDARD_GRID -> {
        assertGrid(h, 16, new int[] {20, 24, 20}, null, 1, 1);
        assertTrue(
            h.srow(0, 3) - 4 * 19 > 91 && h.srow(1, 3) > 91 && h.srow(2, 3) > 109,
            "beyond the MNI box");
      }
      default -> throw new AssertionError(variant);
    }
    if (h.datatype() == 16 || h.datatype() == 64) {
      double[] range = h.range();
      assertTrue(
          range[0] < -1 && range[1] > 1,
          variant + ": a signed stat-map range " + Arrays.toString(range));
    }
  }

  private static void assertGrid(
      Header h, int datatype, int[] dims, double[][] srow, int qformCode, int sformCode) {
    assertEquals(datatype, h.datatype(), "datatype");
    assertArrayEquals(dims, h.dims(), "dims");
    assertEquals(qformCode, h.data.getShort(252), "qform_code");
    assertEquals(sformCode, h.data.getShort(254), "sform_code");
    for (int r = 0; srow != null && r < 3; r++) {
      for (int c = 0; c < 4; c++) {
        assertEquals(srow[r][c], h.srow(r, c), "srow " + r + "," + c);
      }
    }
  }

  @Test
  void theMixIsMostly2mmFloat32WithExactlyOneImageOutsideTheGrid() {
    Corpus corpus = Corpus.generate(SPEC.toBuilder().collections(200).images(3000).build());
    Map<VolumeVariant, Integer> counts = new EnumMap<>(VolumeVariant.class);
    corpus
        .imageIds()
        .forEach(id -> counts.merge(corpus.volumeVariant(id).orElseThrow(), 1, Integer::sum));
    assertEquals(1, counts.get(VolumeVariant.OUTSIDE_STANDARD_GRID));
    assertEquals(VolumeVariant.values().length, counts.size(), "every variant: " + counts);
    assertTrue(
        counts.get(VolumeVariant.MNI_2MM_FLOAT32) > corpus.imageCount() / 2, counts.toString());
  }

  @Test
  void filesAreAPureFunctionOfSeedAndId() {
    long id = Corpus.generate(SPEC).imageIds().findFirst().orElseThrow();
    byte[] once = Corpus.generate(SPEC).fileBytes(id);
    assertArrayEquals(once, Corpus.generate(SPEC).fileBytes(id));
    Corpus otherSeed = Corpus.generate(SPEC.toBuilder().seed(43).build());
    long otherId = otherSeed.imageIds().findFirst().orElseThrow();
    assertEquals(once.length, otherSeed.fileBytes(otherId).length);
    assertFalse(Arrays.equals(once, otherSeed.fileBytes(otherId)));
    assertTrue(
        Corpus.generate(CorpusSpec.DEFAULT)
            .volumeVariant(Corpus.generate(CorpusSpec.DEFAULT).imageIds().findFirst().orElseThrow())
            .isEmpty(),
        "uniform by default");
  }

  @Test
  void theReplicaServesVariedFilesWithTheRecordsSizes() throws IOException {
    ReplicaServer server = ReplicaServer.builder().corpus(SPEC).start();
    try {
      Corpus corpus = server.corpus();
      for (long id : corpus.imageIds().limit(VolumeVariant.values().length).toArray()) {
        JsonNode record = Http.getJson(server.baseUrl() + "/api/images/" + id + "/");
        HttpResponse<byte[]> file = Http.get(record.get("file").asText());
        assertEquals(200, file.statusCode());
        assertEquals(record.get("file_size").asLong(), file.body().length);
        assertArrayEquals(corpus.fileBytes(id), file.body());
      }
    } finally {
      server.stop();
    }
  }

  @Test
  void variedVolumesExcludeRealisticFileSize() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> SPEC.toBuilder().realisticFileSize(true).build());
    assertTrue(e.getMessage().contains("realisticFileSize"), e.getMessage());
  }

  private static byte[] gunzip(byte[] gz) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
      return in.readAllBytes();
    }
  }

  /** A minimal independent reader of the header fields under test. */
  private record Header(ByteBuffer data) {

    static Header of(byte[] nifti) {
      ByteBuffer b = ByteBuffer.wrap(nifti).order(ByteOrder.LITTLE_ENDIAN);
      if (b.getInt(0) != 348) {
        b.order(ByteOrder.BIG_ENDIAN);
      }
      assertEquals(348, b.getInt(0), "sizeof_hdr");
      assertEquals("n+1", new String(nifti, 344, 3, java.nio.charset.StandardCharsets.US_ASCII));
      assertEquals(352f, b.getFloat(108), "vox_offset");
      return new Header(b);
    }

    int[] dims() {
      int[] d = new int[data.getShort(40)];
      for (int i = 0; i < d.length; i++) {
        d[i] = data.getShort(42 + 2 * i);
      }
      return d;
    }

    long voxels() {
      return Arrays.stream(dims()).asLongStream().reduce(1, (a, b) -> a * b);
    }

    short datatype() {
      return data.getShort(70);
    }

    int bytesPerVoxel() {
      return data.getShort(72) / 8;
    }

    float slope() {
      return data.getFloat(112);
    }

    float inter() {
      return data.getFloat(116);
    }

    double srow(int row, int col) {
      return data.getFloat(280 + 16 * row + 4 * col);
    }

    double value(long i) {
      int at = (int) (352 + i * bytesPerVoxel());
      double raw =
          switch (datatype()) {
            case 2 -> data.get(at) & 0xFF;
            case 4 -> data.getShort(at);
            case 16 -> data.getFloat(at);
            case 64 -> data.getDouble(at);
            default -> throw new AssertionError(datatype());
          };
      return slope() == 0 || (slope() == 1 && inter() == 0) ? raw : raw * slope() + inter();
    }

    long nanCount() {
      long n = 0;
      for (long i = 0; i < voxels(); i++) {
        n += Double.isNaN(value(i)) ? 1 : 0;
      }
      return n;
    }

    double[] range() {
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (long i = 0; i < voxels(); i++) {
        double v = value(i);
        if (!Double.isNaN(v)) {
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
      }
      return new double[] {min, max};
    }
  }
}
