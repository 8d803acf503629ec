package io.github.nvfetch.report.internal.nifti;

import io.github.nvfetch.report.internal.projection.ArrayVolume;
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
 * Reads the first 3-D volume of a NIfTI-1 file, gzipped ({@code .nii.gz}) or not, as floats with
 * {@code scl_slope}/{@code scl_inter} applied. A minimal reader for thumbnails, kept inside the
 * report module until the core {@code Volume} codec can be used: it reads only the first volume
 * of a 4-D file, and streams the file once (never more than the header and that volume in
 * memory). Blocking file I/O.
 */
public final class NiftiReader {

  private static final int GZIP_MAGIC = 0x1f8b;

  private NiftiReader() {
  }

  /**
   * Reads a volume.
   *
   * @throws VolumeFormatException when the file is not a NIfTI-1 volume that can be shown, or is
   *     truncated or corrupt
   * @throws IOException when the file cannot be read
   */
  public static ArrayVolume read(Path file) throws IOException {
    try (InputStream in = open(file)) {
      byte[] headerBytes = readFully(in, NiftiHeader.SIZE, "header");
      NiftiHeader header = NiftiHeader.parse(headerBytes);
      skip(in, header.voxOffset() - NiftiHeader.SIZE);
      return voxels(in, header);
    } catch (ZipException | EOFException e) {
      throw new VolumeFormatException("corrupt or truncated file: " + e.getMessage(), e);
    }
  }

  private static InputStream open(Path file) throws IOException {
    BufferedInputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    in.mark(2);
    int magic = in.read() << 8 | in.read();
    in.reset();
    return magic == GZIP_MAGIC ? new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16)
        : in;
  }

  private static ArrayVolume voxels(InputStream in, NiftiHeader header) throws IOException {
    int count = header.voxels();
    int size = header.type().bytes();
    if ((long) count * size > Integer.MAX_VALUE - 8) {
      throw new VolumeFormatException("volume too large to show");
    }
    ByteBuffer raw = ByteBuffer.wrap(readFully(in, count * size, "voxels")).order(header.order());
    float[] values = new float[count];
    double slope = header.slope();
    double intercept = header.intercept();
    VoxelType type = header.type();
    if (type == VoxelType.FLOAT32) {
      raw.asFloatBuffer().get(values);
    } else {
      for (int n = 0; n < count; n++) {
        values[n] = type.read(raw, n * size);
      }
    }
    if (slope != 0 && (slope != 1 || intercept != 0)) {
      for (int n = 0; n < count; n++) {
        values[n] = (float) (values[n] * slope + intercept);
      }
    }
    return new ArrayVolume(header.dims(), values, header.affine());
  }

  private static byte[] readFully(InputStream in, int length, String what) throws IOException {
    byte[] bytes = in.readNBytes(length);
    if (bytes.length != length) {
      throw new VolumeFormatException("file ends inside the " + what + " (" + bytes.length
          + " of " + length + " bytes)");
    }
    return bytes;
  }

  private static void skip(InputStream in, long bytes) throws IOException {
    long left = bytes;
    while (left > 0) {
      long skipped = in.skip(left);
      if (skipped <= 0) {
        if (in.read() < 0) {
          throw new VolumeFormatException("file ends before its voxels");
        }
        skipped = 1;
      }
      left -= skipped;
    }
  }
}
