package io.github.nvfetch.core.internal;

import io.github.nvfetch.core.store.CorruptFileException;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Verifies that a file is a complete gzip-compressed NIfTI-1 image: gzip magic bytes, a 348-byte
 * NIfTI-1 header with the {@code n+1} magic and sane dimensions, then the whole gzip stream
 * (CRC and length of every member) inflating to exactly the size the header announces. Inflation
 * stops as soon as it passes that size, so a decompression bomb costs little; and a header that
 * announces a large image at an implausible compression ratio (a bomb that declares its size
 * honestly) is refused before anything is inflated.
 */
public final class NiftiGzipCheck {

  /** Size of a NIfTI-1 header. */
  public static final int NIFTI1_HEADER_SIZE = 348;

  /** Largest uncompressed image accepted (16 GiB): larger headers are treated as hostile. */
  public static final long MAX_UNCOMPRESSED_BYTES = 16L << 30;

  /**
   * Highest compression ratio believed of an image announcing more than
   * {@link #RATIO_CHECK_FLOOR} bytes. Real statistical maps compress a few times; deflate's own
   * limit is about 1032:1, which only runs of one byte value reach.
   */
  public static final long MAX_COMPRESSION_RATIO = 200;

  /** Images announcing fewer bytes than this (64 MiB) are never suspected for their ratio. */
  public static final long RATIO_CHECK_FLOOR = 64L << 20;

  private static final long TRAILING_SLACK = 64 * 1024;

  private NiftiGzipCheck() {}

  /** What the check learned from a valid file. */
  public record Summary(int[] dims, short datatype, long uncompressedBytes) {}

  /**
   * Checks the file.
   *
   * @throws CorruptFileException when it is not a complete gzip NIfTI-1 image
   * @throws java.io.UncheckedIOException when the file cannot be read (a local failure)
   */
  public static Summary check(Path file) {
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
      requireGzipMagic(raw);
      try (GZIPInputStream gzip = new GZIPInputStream(raw, 64 * 1024)) {
        byte[] header = gzip.readNBytes(NIFTI1_HEADER_SIZE);
        if (header.length < NIFTI1_HEADER_SIZE) {
          throw new CorruptFileException("gzip content ends inside the NIfTI header ("
              + header.length + " of 348 bytes)");
        }
        HeaderFacts facts = parseHeader(header);
        requirePlausibleRatio(facts.expectedBytes, Files.size(file));
        long total = NIFTI1_HEADER_SIZE + drain(gzip, facts.expectedBytes + TRAILING_SLACK);
        if (total < facts.expectedBytes) {
          throw new CorruptFileException("image data is truncated: " + total + " bytes, header"
              + " announces " + facts.expectedBytes);
        }
        if (total > facts.expectedBytes + TRAILING_SLACK) {
          throw new CorruptFileException("decompresses to more than the " + facts.expectedBytes
              + " bytes its header announces (decompression bomb?)");
        }
        return new Summary(facts.dims, facts.datatype, total);
      }
    } catch (EOFException | ZipException e) {
      throw new CorruptFileException("broken gzip stream: " + e.getMessage(), e);
    } catch (IOException e) {
      // A local I/O failure says nothing about the download: not "corrupt", not retried.
      throw new java.io.UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static void requirePlausibleRatio(long announced, long compressed) {
    if (announced > RATIO_CHECK_FLOOR && announced / Math.max(1, compressed)
        > MAX_COMPRESSION_RATIO) {
      throw new CorruptFileException("NIfTI header announces " + announced + " bytes from a "
          + compressed + "-byte file, more than " + MAX_COMPRESSION_RATIO
          + " times its size (decompression bomb?)");
    }
  }

  private static void requireGzipMagic(InputStream in) throws IOException {
    in.mark(2);
    int b1 = in.read();
    int b2 = in.read();
    in.reset();
    if (b1 != 0x1f || b2 != 0x8b) {
      throw new CorruptFileException("not a gzip file (first bytes " + hex(b1) + " " + hex(b2)
          + ")");
    }
  }

  private static String hex(int b) {
    return b < 0 ? "EOF" : String.format("%02x", b);
  }

  private record HeaderFacts(int[] dims, short datatype, long expectedBytes) {}

  private static HeaderFacts parseHeader(byte[] header) {
    ByteBuffer buf = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
    if (buf.getInt(0) != NIFTI1_HEADER_SIZE) {
      buf.order(ByteOrder.BIG_ENDIAN);
      if (buf.getInt(0) != NIFTI1_HEADER_SIZE) {
        throw new CorruptFileException("not a NIfTI-1 image: sizeof_hdr is not 348");
      }
    }
    String magic = new String(header, 344, 4, StandardCharsets.ISO_8859_1);
    if (!magic.equals("n+1\0")) {
      throw new CorruptFileException("not a single-file NIfTI-1 image: magic is not n+1");
    }
    int[] dims = dimensions(buf);
    short datatype = buf.getShort(70);
    short bitpix = buf.getShort(72);
    float voxOffset = buf.getFloat(108);
    if (bitpix <= 0 || bitpix % 8 != 0 || voxOffset < NIFTI1_HEADER_SIZE
        || voxOffset > 1 << 24) {
      throw new CorruptFileException("NIfTI header has bitpix " + bitpix + " and vox_offset "
          + voxOffset);
    }
    long voxels = 1;
    for (int d : dims) {
      voxels = Math.multiplyExact(voxels, d);
    }
    long expected = (long) voxOffset + Math.multiplyExact(voxels, bitpix / 8);
    if (expected > MAX_UNCOMPRESSED_BYTES) {
      throw new CorruptFileException("NIfTI header announces " + expected
          + " bytes, more than the " + MAX_UNCOMPRESSED_BYTES + " accepted");
    }
    return new HeaderFacts(dims, datatype, expected);
  }

  private static int[] dimensions(ByteBuffer buf) {
    short rank = buf.getShort(40);
    if (rank < 1 || rank > 7) {
      throw new CorruptFileException("NIfTI header has " + rank + " dimensions");
    }
    int[] dims = new int[rank];
    for (int i = 0; i < rank; i++) {
      dims[i] = buf.getShort(42 + 2 * i);
      if (dims[i] < 1) {
        throw new CorruptFileException("NIfTI header has dimension " + (i + 1) + " = " + dims[i]);
      }
    }
    return dims;
  }

  private static long drain(InputStream in, long limit) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) > 0) {
      total += n;
      if (total > limit) {
        return total;
      }
    }
    return total;
  }
}
