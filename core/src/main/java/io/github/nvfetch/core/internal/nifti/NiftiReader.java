package io.github.nvfetch.core.internal.nifti;

import io.github.nvfetch.core.volume.Volume;
import io.github.nvfetch.core.volume.VolumeFormatException;
import io.github.nvfetch.core.volume.VoxelType;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads a single-file NIfTI-1 or NIfTI-2 volume, gzip-compressed or not, as nibabel loads it:
 * voxels streamed from the (inflating) stream straight into their final array in chunks, so the
 * compressed bytes are never held, and scaled on the fly when nibabel would scale them.
 */
public final class NiftiReader {

  private static final int CHUNK = 64 * 1024;

  private NiftiReader() {}

  /**
   * Reads the file.
   *
   * @throws VolumeFormatException when it is not a supported NIfTI volume or ends early
   * @throws IOException when it cannot be read
   */
  public static Volume read(Path file) throws IOException {
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), CHUNK)) {
      raw.mark(2);
      int first = raw.read();
      int second = raw.read();
      raw.reset();
      boolean gzip = first == 0x1f && second == 0x8b;
      try (InputStream in = gzip ? new GZIPInputStream(raw, CHUNK) : raw) {
        return read(in);
      } catch (ZipException | EOFException e) {
        throw new VolumeFormatException(
            "corrupt or truncated NIfTI file " + file + ": " + e.getMessage(), e);
      }
    }
  }

  /** Reads a volume from an uncompressed NIfTI stream positioned at its first byte. */
  public static Volume read(InputStream in) throws IOException {
    byte[] first4 = readFully(in, 4, "the header");
    int size = NiftiHeader.headerSize(first4);
    if (size < 0) {
      throw new VolumeFormatException("not a NIfTI-1 or NIfTI-2 file (bad sizeof_hdr)");
    }
    byte[] header = new byte[size];
    System.arraycopy(first4, 0, header, 0, 4);
    System.arraycopy(readFully(in, size - 4, "the header"), 0, header, 4, size - 4);
    NiftiHeader parsed = readExtensions(in, NiftiHeader.parse(header), size);
    int[] shape = parsed.shape();
    int count = 1;
    for (int dim : shape) {
      count *= dim;
    }
    Voxels voxels = readVoxels(in, parsed, count);
    return VolumeAccess.create(shape, parsed.bestAffine(), voxels, parsed);
  }

  /** Reads the bytes up to {@code vox_offset}: the extensions, kept as nibabel keeps them. */
  private static NiftiHeader readExtensions(InputStream in, NiftiHeader header, int size)
      throws IOException {
    long gap = header.voxOffset() - size;
    if (gap < 4) {
      skipFully(in, gap);
      return header;
    }
    byte[] flag = readFully(in, 4, "the extension flag");
    if (flag[0] == 0) {
      skipFully(in, gap - 4);
      return header;
    }
    if (gap > HeaderExtensions.MAX_BYTES) {
      throw new VolumeFormatException(
          "NIfTI header extensions of "
              + gap
              + " bytes (at most "
              + HeaderExtensions.MAX_BYTES
              + ")");
    }
    byte[] rest = readFully(in, (int) gap - 4, "the header extensions");
    byte[] all = new byte[(int) gap];
    System.arraycopy(flag, 0, all, 0, 4);
    System.arraycopy(rest, 0, all, 4, rest.length);
    return header.withExtensions(HeaderExtensions.parse(all, header.order()));
  }

  private static Voxels readVoxels(InputStream in, NiftiHeader header, int count)
      throws IOException {
    VoxelType stored = header.storedType();
    Voxels target =
        header.scaled() ? Voxels.zeros(VoxelType.FLOAT64, count) : Voxels.zeros(stored, count);
    int width = stored.bits() / 8;
    byte[] chunk = new byte[Math.max(width, CHUNK - CHUNK % width)];
    ByteBuffer buffer = ByteBuffer.wrap(chunk).order(header.order());
    int done = 0;
    while (done < count) {
      int want = Math.min(count - done, chunk.length / width);
      int got = in.readNBytes(chunk, 0, want * width);
      if (got < want * width) {
        throw new VolumeFormatException(
            "NIfTI data ends after " + (done + got / width) + " of " + count + " voxels");
      }
      for (int i = 0; i < want; i++) {
        store(target, done + i, buffer, i * width, stored, header);
      }
      done += want;
    }
    return target;
  }

  private static void store(
      Voxels target, int index, ByteBuffer buffer, int at, VoxelType stored, NiftiHeader header) {
    if (header.scaled()) {
      double value =
          stored == VoxelType.FLOAT32
              ? buffer.getFloat(at)
              : stored == VoxelType.FLOAT64 ? buffer.getDouble(at) : integer(buffer, at, stored);
      if (header.slope() != 1.0) {
        value = value * header.slope();
      }
      if (header.inter() != 0.0) {
        value = value + header.inter();
      }
      target.set(index, value);
      return;
    }
    switch (stored) {
      case FLOAT32:
        target.set(index, buffer.getFloat(at));
        break;
      case FLOAT64:
        target.set(index, buffer.getDouble(at));
        break;
      default:
        target.setLong(index, integerLong(buffer, at, stored));
    }
  }

  private static double integer(ByteBuffer buffer, int at, VoxelType type) {
    return (double) integerLong(buffer, at, type);
  }

  private static long integerLong(ByteBuffer buffer, int at, VoxelType type) {
    switch (type) {
      case UINT8:
        return buffer.get(at) & 0xff;
      case INT8:
        return buffer.get(at);
      case INT16:
        return buffer.getShort(at);
      case UINT16:
        return buffer.getShort(at) & 0xffff;
      case INT32:
        return buffer.getInt(at);
      case UINT32:
        return buffer.getInt(at) & 0xffffffffL;
      default:
        return buffer.getLong(at);
    }
  }

  private static byte[] readFully(InputStream in, int length, String what) throws IOException {
    byte[] bytes = in.readNBytes(length);
    if (bytes.length < length) {
      throw new VolumeFormatException("NIfTI file ends inside " + what);
    }
    return bytes;
  }

  private static void skipFully(InputStream in, long length) throws IOException {
    long left = length;
    while (left > 0) {
      long skipped = in.skip(left);
      if (skipped <= 0) {
        if (in.read() < 0) {
          throw new VolumeFormatException("NIfTI file ends before vox_offset");
        }
        skipped = 1;
      }
      left -= skipped;
    }
  }
}
