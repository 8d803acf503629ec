package io.github.nvfetch.core.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.store.CorruptFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NiftiGzipCheckTest {

  @TempDir Path dir;

  private Path file(byte[] bytes) throws IOException {
    return Files.write(dir.resolve("image.nii.gz"), bytes);
  }

  @Test
  void acceptsCompleteImageAndReportsItsShape() throws IOException {
    var summary = NiftiGzipCheck.check(file(TestNifti.valid(4, 5, 6)));
    assertArrayEquals(new int[] {4, 5, 6}, summary.dims());
    assertEquals(16, summary.datatype());
    assertEquals(352 + 4 * 5 * 6 * 4, summary.uncompressedBytes());
  }

  @Test
  void rejectsBytesThatAreNotGzip() throws IOException {
    var e =
        assertThrows(
            CorruptFileException.class,
            () -> NiftiGzipCheck.check(file("<html>502 Bad Gateway</html>".getBytes())));
    assertTrue(e.getMessage().contains("not a gzip file"), e.getMessage());
  }

  @Test
  void rejectsTruncatedGzipStream() throws IOException {
    byte[] valid = TestNifti.valid(8, 8, 8);
    var e =
        assertThrows(
            CorruptFileException.class,
            () -> NiftiGzipCheck.check(file(Arrays.copyOf(valid, valid.length - 20))));
    assertTrue(e.getMessage().contains("gzip"), e.getMessage());
  }

  @Test
  void rejectsGzipThatIsNotNifti() throws IOException {
    byte[] text = new byte[1000];
    Arrays.fill(text, (byte) 'x');
    var e =
        assertThrows(
            CorruptFileException.class, () -> NiftiGzipCheck.check(file(TestNifti.gzip(text))));
    assertTrue(e.getMessage().contains("not a NIfTI-1"), e.getMessage());
  }

  @Test
  void rejectsDataShorterThanTheHeaderAnnounces() throws IOException {
    byte[] shortData = TestNifti.gzip(TestNifti.raw(10, 8, 8, 8));
    var e = assertThrows(CorruptFileException.class, () -> NiftiGzipCheck.check(file(shortData)));
    assertTrue(e.getMessage().contains("truncated"), e.getMessage());
  }

  @Test
  void stopsInflatingADecompressionBomb() throws IOException {
    byte[] bomb = TestNifti.gzip(TestNifti.raw(50_000_000, 2, 2, 2));
    assertTrue(bomb.length < 200_000, "the bomb is small on the wire");
    var e = assertThrows(CorruptFileException.class, () -> NiftiGzipCheck.check(file(bomb)));
    assertTrue(e.getMessage().contains("decompression bomb"), e.getMessage());
  }

  @Test
  void refusesABombThatAnnouncesItsSizeHonestlyWithoutInflatingIt() throws IOException {
    byte[] header = TestNifti.header(1024, 1024, 64);
    byte[] bomb = TestNifti.gzip(Arrays.copyOf(header, header.length + (1 << 20)));
    assertTrue(
        256L << 20 > NiftiGzipCheck.MAX_COMPRESSION_RATIO * bomb.length,
        "announces 256 MiB from " + bomb.length + " bytes");
    var e = assertThrows(CorruptFileException.class, () -> NiftiGzipCheck.check(file(bomb)));
    assertTrue(e.getMessage().contains("decompression bomb"), e.getMessage());
  }

  @Test
  void acceptsAnEmptyMapOfUsualSizeHoweverWellItCompresses() throws IOException {
    byte[] header = TestNifti.header(128, 128, 128);
    byte[] zeros = TestNifti.gzip(Arrays.copyOf(header, header.length + 128 * 128 * 128 * 4));
    assertTrue(
        zeros.length * NiftiGzipCheck.MAX_COMPRESSION_RATIO < 8L << 20,
        "compresses more than the ratio: " + zeros.length);
    assertEquals(352 + (8L << 20), NiftiGzipCheck.check(file(zeros)).uncompressedBytes());
  }

  @Test
  void rejectsHeaderAnnouncingAnAbsurdSize() throws IOException {
    byte[] huge = TestNifti.gzip(TestNifti.raw(16, 32000, 32000, 32000));
    var e = assertThrows(CorruptFileException.class, () -> NiftiGzipCheck.check(file(huge)));
    assertTrue(e.getMessage().contains("announces"), e.getMessage());
  }
}
