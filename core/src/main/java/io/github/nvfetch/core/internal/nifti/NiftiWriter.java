package io.github.nvfetch.core.internal.nifti;

import io.github.nvfetch.core.volume.Volume;
import io.github.nvfetch.core.volume.VoxelType;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a volume as a gzip-compressed single-file NIfTI, as nibabel's {@code to_filename} writes
 * an image nilearn built with {@code new_img_like(..., copy_header=True)}: the source header's
 * fields (byte order and NIfTI version included), the shape in {@code dim}, the affine as the sform
 * (code 2) and as an unknown qform (code 0), zooms in pixdim, {@code cal_min/cal_max} of the data,
 * {@code glmax} 0, the stored datatype kept, gzip level 1. The source's header extensions are
 * copied too, as nibabel writes the copied header's extensions (the data then starts after them).
 */
public final class NiftiWriter {

  private static final int CHUNK = 64 * 1024;

  private NiftiWriter() {}

  /** Writes the volume to {@code file} (replacing it). */
  public static void write(Volume volume, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(volume, out);
    }
  }

  /** Writes the gzip-compressed volume to {@code sink}, which stays open. */
  public static void write(Volume volume, OutputStream sink) throws IOException {
    Voxels voxels = VolumeAccess.voxels(volume);
    VoxelType stored = volume.storedType();
    NiftiHeader source = VolumeAccess.source(volume);
    HeaderFields header = source == null ? freshHeader(stored) : source.fieldsCopy();
    HeaderExtensions extensions = source == null ? HeaderExtensions.NONE : source.extensions();
    IntegerScaling scaling =
        stored.isInteger() && !voxels.type().isInteger() ? scalingOf(voxels, stored) : null;
    fillHeader(header, volume, voxels, stored, scaling);
    header.setVoxOffset(header.layout.minVoxOffset + extensions.sizeOnDisk());
    try (OutputStream out = new BufferedOutputStream(new FastGzip(new KeepOpen(sink)), CHUNK)) {
      byte[] headerBytes = new byte[header.layout.headerSize];
      header.bytes.duplicate().clear().get(headerBytes, 0, header.layout.headerSize);
      out.write(headerBytes);
      out.write(extensions.toBytes(header.bytes.order()));
      writeVoxels(out, voxels, stored, scaling, header.bytes.order());
    }
  }

  private static IntegerScaling scalingOf(Voxels voxels, VoxelType stored) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    boolean hasNan = false;
    for (int i = 0; i < voxels.length(); i++) {
      double value = voxels.get(i);
      if (Double.isNaN(value)) {
        hasNan = true;
      } else if (Double.isFinite(value)) {
        min = Math.min(min, value);
        max = Math.max(max, value);
      }
    }
    return IntegerScaling.of(min, max, hasNan, stored, voxels.type() == VoxelType.FLOAT32);
  }

  private static HeaderFields freshHeader(VoxelType stored) {
    ByteBuffer bytes =
        ByteBuffer.allocate(NiftiLayout.NIFTI1.headerSize).order(ByteOrder.LITTLE_ENDIAN);
    bytes.putInt(0, NiftiLayout.NIFTI1.headerSize);
    bytes.put(NiftiLayout.NIFTI1.magic, "n+1\0".getBytes(StandardCharsets.ISO_8859_1));
    HeaderFields fields = new HeaderFields(NiftiLayout.NIFTI1, bytes);
    for (int i = 0; i < 8; i++) {
      fields.setPixdim(i, 1);
    }
    bytes.putShort(NiftiLayout.NIFTI1.datatype, (short) stored.niftiCode());
    return fields;
  }

  private static void fillHeader(
      HeaderFields header, Volume volume, Voxels voxels, VoxelType stored, IntegerScaling scaling) {
    int[] shape = volume.shape();
    boolean shapeChanged = !sameShape(header, shape);
    for (int i = 0; i < 8; i++) {
      header.setDim(i, 1);
    }
    header.setDim(0, shape.length);
    for (int i = 0; i < shape.length; i++) {
      header.setDim(i + 1, shape[i]);
    }
    // nibabel's update_header calls set_data_shape only when the shape changed; it sets the
    // pixdims past the last dimension to 1
    for (int i = shape.length + 1; shapeChanged && i < 8; i++) {
      header.setPixdim(i, 1);
    }
    header.setBitpix(stored.bits());
    header.setScaling(scaling == null ? 1 : scaling.slope, scaling == null ? 0 : scaling.inter);
    double[] range = range(voxels);
    header.setCal(range[1], range[0]);
    if (header.layout == NiftiLayout.NIFTI1) {
      header.bytes.putInt(NiftiLayout.NIFTI1_GLMAX, 0);
    }
    QformFields.store(header, volume.affine());
  }

  /** Whether the header's {@code dim} already says this shape (nibabel's get_data_shape). */
  private static boolean sameShape(HeaderFields header, int[] shape) {
    if (header.dim(0) != shape.length) {
      return false;
    }
    for (int i = 0; i < shape.length; i++) {
      if (header.dim(i + 1) != shape[i]) {
        return false;
      }
    }
    return true;
  }

  private static double[] range(Voxels voxels) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < voxels.length(); i++) {
      double value = voxels.get(i);
      if (Double.isNaN(value)) {
        return new double[] {Double.NaN, Double.NaN};
      }
      min = Math.min(min, value);
      max = Math.max(max, value);
    }
    return new double[] {min, max};
  }

  private static void writeVoxels(
      OutputStream out, Voxels voxels, VoxelType stored, IntegerScaling scaling, ByteOrder order)
      throws IOException {
    int width = stored.bits() / 8;
    ByteBuffer buffer = ByteBuffer.allocate(CHUNK - CHUNK % width).order(order);
    for (int i = 0; i < voxels.length(); i++) {
      if (buffer.remaining() < width) {
        out.write(buffer.array(), 0, buffer.position());
        buffer.clear();
      }
      putVoxel(buffer, voxels, i, stored, scaling);
    }
    out.write(buffer.array(), 0, buffer.position());
  }

  private static void putVoxel(
      ByteBuffer buffer, Voxels voxels, int i, VoxelType stored, IntegerScaling scaling) {
    switch (stored) {
      case FLOAT32:
        buffer.putFloat((float) voxels.get(i));
        return;
      case FLOAT64:
        buffer.putDouble(voxels.get(i));
        return;
      default:
        long value =
            scaling != null
                ? scaling.encode(voxels.get(i))
                : voxels.type().isInteger() ? voxels.getLong(i) : (long) voxels.get(i);
        putInteger(buffer, stored, value);
    }
  }

  private static void putInteger(ByteBuffer buffer, VoxelType stored, long value) {
    switch (stored.bits()) {
      case 8:
        buffer.put((byte) value);
        break;
      case 16:
        buffer.putShort((short) value);
        break;
      case 32:
        buffer.putInt((int) value);
        break;
      default:
        buffer.putLong(value);
    }
  }

  /** Leaves the caller's stream open when the gzip stream closes. */
  private static final class KeepOpen extends FilterOutputStream {
    KeepOpen(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      out.write(bytes, offset, length);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  /** gzip at level 1, as nibabel's {@code openers}. */
  private static final class FastGzip extends GZIPOutputStream {
    FastGzip(OutputStream out) throws IOException {
      super(out, CHUNK);
      def.setLevel(1);
    }
  }
}
