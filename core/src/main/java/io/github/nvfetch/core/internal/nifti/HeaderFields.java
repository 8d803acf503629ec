package io.github.nvfetch.core.internal.nifti;

import java.nio.ByteBuffer;

/**
 * Typed reads and writes of one NIfTI header's fields over its raw bytes, in the header's byte
 * order and field widths. The bytes are a private copy.
 */
final class HeaderFields {

  final NiftiLayout layout;
  final ByteBuffer bytes;

  HeaderFields(NiftiLayout layout, ByteBuffer bytes) {
    this.layout = layout;
    this.bytes = bytes;
  }

  /** A copy of the raw header bytes in the same order. */
  HeaderFields copy() {
    ByteBuffer clone = ByteBuffer.allocate(bytes.capacity()).order(bytes.order());
    clone.put(bytes.duplicate().clear());
    return new HeaderFields(layout, clone.clear());
  }

  long dim(int i) {
    return integer(layout.dim + i * layout.intSize, layout.intSize);
  }

  void setDim(int i, long value) {
    putInteger(layout.dim + i * layout.intSize, layout.intSize, value);
  }

  double pixdim(int i) {
    return real(layout.pixdim + i * layout.floatSize);
  }

  void setPixdim(int i, double value) {
    putReal(layout.pixdim + i * layout.floatSize, value);
  }

  int datatype() {
    return bytes.getShort(layout.datatype);
  }

  int bitpix() {
    return bytes.getShort(layout.bitpix);
  }

  void setBitpix(int value) {
    bytes.putShort(layout.bitpix, (short) value);
  }

  double voxOffset() {
    return layout == NiftiLayout.NIFTI1
        ? bytes.getFloat(layout.voxOffset)
        : bytes.getLong(layout.voxOffset);
  }

  void setVoxOffset(long value) {
    if (layout == NiftiLayout.NIFTI1) {
      bytes.putFloat(layout.voxOffset, (float) value);
    } else {
      bytes.putLong(layout.voxOffset, value);
    }
  }

  double sclSlope() {
    return real(layout.sclSlope);
  }

  double sclInter() {
    return real(layout.sclInter);
  }

  void setScaling(double slope, double inter) {
    putReal(layout.sclSlope, slope);
    putReal(layout.sclInter, inter);
  }

  void setCal(double max, double min) {
    putReal(layout.calMax, max);
    putReal(layout.calMin, min);
  }

  int qformCode() {
    return (int) integer(layout.qformCode, layout == NiftiLayout.NIFTI1 ? 2 : 4);
  }

  int sformCode() {
    return (int) integer(layout.sformCode, layout == NiftiLayout.NIFTI1 ? 2 : 4);
  }

  void setCodes(int qform, int sform) {
    int size = layout == NiftiLayout.NIFTI1 ? 2 : 4;
    putInteger(layout.qformCode, size, qform);
    putInteger(layout.sformCode, size, sform);
  }

  double quatern(int i) {
    return real(layout.quatern + i * layout.floatSize);
  }

  double qoffset(int i) {
    return real(layout.qoffset + i * layout.floatSize);
  }

  void setQuaternion(double b, double c, double d, double[] offset) {
    putReal(layout.quatern, b);
    putReal(layout.quatern + layout.floatSize, c);
    putReal(layout.quatern + 2 * layout.floatSize, d);
    for (int i = 0; i < 3; i++) {
      putReal(layout.qoffset + i * layout.floatSize, offset[i]);
    }
  }

  double srow(int row, int col) {
    return real(layout.srow + (row * 4 + col) * layout.floatSize);
  }

  void setSrow(int row, int col, double value) {
    putReal(layout.srow + (row * 4 + col) * layout.floatSize, value);
  }

  private long integer(int offset, int size) {
    switch (size) {
      case 2:
        return bytes.getShort(offset);
      case 4:
        return bytes.getInt(offset);
      default:
        return bytes.getLong(offset);
    }
  }

  private void putInteger(int offset, int size, long value) {
    switch (size) {
      case 2:
        bytes.putShort(offset, (short) value);
        break;
      case 4:
        bytes.putInt(offset, (int) value);
        break;
      default:
        bytes.putLong(offset, value);
    }
  }

  private double real(int offset) {
    return layout.floatSize == 4 ? bytes.getFloat(offset) : bytes.getDouble(offset);
  }

  private void putReal(int offset, double value) {
    if (layout.floatSize == 4) {
      bytes.putFloat(offset, (float) value);
    } else {
      bytes.putDouble(offset, value);
    }
  }
}
