package io.github.nvfetch.core.internal;

import io.github.nvfetch.core.store.CorruptFileException;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.ZipException;

/**
 * Verifies that a file is a complete gzip-compressed NIfTI image (NIfTI-1 or NIfTI-2, either byte
 * order): gzip magic bytes, a NIfTI header with a single-file magic and sane dimensions, then the
 * whole gzip stream checked as {@code gzip -t} does (every member's CRC and length, nothing but
 * zero padding after the last one, see {@link StrictGzipInputStream}) inflating to exactly the size
 * the header announces. Inflation stops as soon as it passes that size, so a decompression bomb
 * costs little; and a header that announces a large image at an implausible compression ratio (a
 * bomb that declares its size honestly) is refused before anything is inflated.
 *
 * <p>{@link #quickCheck} is the cheap variant for files already on disk: size, gzip header, NIfTI
 * header and the gzip trailer's length field, inflating the whole file only when the trailer cannot
 * vouch for it.
 */
public final class NiftiGzipCheck {

  /** Size of a NIfTI-1 header. */
  public static final int NIFTI1_HEADER_SIZE = 348;

  /** Size of a NIfTI-2 header. */
  public static final int NIFTI2_HEADER_SIZE = 540;

  /** Largest uncompressed image accepted (16 GiB): larger headers are treated as hostile. */
  public static final long MAX_UNCOMPRESSED_BYTES = 16L << 30;

  /**
   * Highest compression ratio believed of an image announcing more than {@link #RATIO_CHECK_FLOOR}
   * bytes. Real statistical maps compress a few times; deflate's own limit is about 1032:1, which
   * only runs of one byte value reach.
   */
  public static final long MAX_COMPRESSION_RATIO = 200;

  /** Images announcing fewer bytes than this (64 MiB) are never suspected for their ratio. */
  public static final long RATIO_CHECK_FLOOR = 64L << 20;

  private static final long TRAILING_SLACK = 64 * 1024;
  private static final int GZIP_MIN_SIZE = 18;

  private NiftiGzipCheck() {}

  /** What the check learned from a valid file. */
  public record Summary(int[] dims, short datatype, long uncompressedBytes) {}

  /**
   * Checks the whole file, inflating all of it.
   *
   * @throws CorruptFileException when it is not a complete gzip NIfTI image
   * @throws java.io.UncheckedIOException when the file cannot be read (a local failure)
   */
  public static Summary check(Path file) {
    try (InputStream gzip = open(file)) {
      HeaderFacts facts = readHeader(gzip);
      requirePlausibleRatio(facts.expectedBytes, Files.size(file));
      long total = facts.headerSize + drain(gzip, facts.expectedBytes + TRAILING_SLACK);
      if (total < facts.expectedBytes) {
        throw new CorruptFileException(
            "image data is truncated: "
                + total
                + " bytes, header"
                + " announces "
                + facts.expectedBytes);
      }
      if (total > facts.expectedBytes + TRAILING_SLACK) {
        throw new CorruptFileException(
            "decompresses to more than the "
                + facts.expectedBytes
                + " bytes its header announces (decompression bomb?)");
      }
      return new Summary(facts.dims, facts.datatype, total);
    } catch (EOFException | ZipException e) {
      throw new CorruptFileException("broken gzip stream: " + e.getMessage(), e);
    } catch (IOException e) {
      // A local I/O failure says nothing about the download: not "corrupt", not retried.
      throw new java.io.UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * The quick check of a stored file: its size equals {@code expectedSize} (when that is positive),
   * it starts with a gzip header and a valid NIfTI header, and the gzip trailer's length field
   * matches the size the header announces. When the trailer disagrees (several gzip members, zero
   * padding, or damage) the whole file is checked with {@link #check}.
   *
   * @param expectedSize the size the metadata gives ({@code file_size}), or 0 or less if unknown
   * @throws CorruptFileException when the file fails
   */
  public static void quickCheck(Path file, long expectedSize) {
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new CorruptFileException("cannot read " + file + ": " + e.getMessage(), e);
    }
    if (expectedSize > 0 && size != expectedSize) {
      throw new CorruptFileException(
          "file has " + size + " bytes, its metadata says " + expectedSize);
    }
    if (size < GZIP_MIN_SIZE) {
      throw new CorruptFileException("file has " + size + " bytes, too short for gzip");
    }
    HeaderFacts facts;
    try (InputStream gzip = open(file)) {
      facts = readHeader(gzip);
    } catch (EOFException | ZipException e) {
      throw new CorruptFileException("broken gzip stream: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new CorruptFileException("cannot read " + file + ": " + e.getMessage(), e);
    }
    if (trailerLength(file, size) != (facts.expectedBytes & 0xffffffffL)) {
      check(file);
    }
  }

  private static long trailerLength(Path file, long size) {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      ByteBuffer tail = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
      while (tail.hasRemaining() && channel.read(tail, size - 4 + tail.position()) >= 0) {
        // read the last four bytes
      }
      return tail.getInt(0) & 0xffffffffL;
    } catch (IOException e) {
      throw new CorruptFileException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static InputStream open(Path file) throws IOException {
    InputStream raw = new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
    try {
      requireGzipMagic(raw);
      return new StrictGzipInputStream(raw);
    } catch (IOException | RuntimeException e) {
      raw.close();
      throw e;
    }
  }

  private static HeaderFacts readHeader(InputStream gzip) throws IOException {
    byte[] first = gzip.readNBytes(4);
    int headerSize = first.length < 4 ? -1 : headerSize(first);
    byte[] rest = gzip.readNBytes(Math.max(0, headerSize - first.length));
    if (headerSize < 0 || rest.length < headerSize - first.length) {
      throw new CorruptFileException(
          "gzip content ends inside the NIfTI header (" + (first.length + rest.length) + " bytes)");
    }
    byte[] header = new byte[headerSize];
    System.arraycopy(first, 0, header, 0, 4);
    System.arraycopy(rest, 0, header, 4, rest.length);
    return headerSize == NIFTI1_HEADER_SIZE
        ? NiftiHeaders.nifti1(header)
        : NiftiHeaders.nifti2(header);
  }

  private static int headerSize(byte[] first) {
    for (ByteOrder order : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
      int value = ByteBuffer.wrap(first).order(order).getInt(0);
      if (value == NIFTI1_HEADER_SIZE || value == NIFTI2_HEADER_SIZE) {
        return value;
      }
    }
    throw new CorruptFileException(
        "not a NIfTI-1 or NIfTI-2 image: sizeof_hdr is neither 348" + " nor 540");
  }

  private static void requirePlausibleRatio(long announced, long compressed) {
    if (announced > RATIO_CHECK_FLOOR
        && announced / Math.max(1, compressed) > MAX_COMPRESSION_RATIO) {
      throw new CorruptFileException(
          "NIfTI header announces "
              + announced
              + " bytes from a "
              + compressed
              + "-byte file, more than "
              + MAX_COMPRESSION_RATIO
              + " times its size (decompression bomb?)");
    }
  }

  private static void requireGzipMagic(InputStream in) throws IOException {
    in.mark(2);
    int b1 = in.read();
    int b2 = in.read();
    in.reset();
    if (b1 != 0x1f || b2 != 0x8b) {
      throw new CorruptFileException(
          "not a gzip file (first bytes " + hex(b1) + " " + hex(b2) + ")");
    }
  }

  private static String hex(int b) {
    return b < 0 ? "EOF" : String.format("%02x", b);
  }

  /** What a NIfTI header says: its size, the image's shape and how many bytes the file holds. */
  record HeaderFacts(int headerSize, int[] dims, short datatype, long expectedBytes) {}

  /** Reads to the end of the stream (which checks it whole), or until past {@code limit}. */
  private static long drain(InputStream in, long limit) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    int n;
    while ((n = in.read(buffer, 0, (int) Math.min(buffer.length, limit - total + 1))) > 0) {
      total += n;
      if (total > limit) {
        return total;
      }
    }
    return total;
  }
}
