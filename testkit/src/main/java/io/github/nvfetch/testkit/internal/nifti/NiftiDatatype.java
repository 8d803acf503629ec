package io.github.nvfetch.testkit.internal.nifti;

import java.nio.ByteBuffer;

/** The NIfTI-1 datatypes the replica writes, with their codes, widths and encoders. */
public enum NiftiDatatype {
  /** Unsigned 8-bit integers (code 2). */
  UINT8(2, 1, 0, 255),
  /** Signed 16-bit integers (code 4). */
  INT16(4, 2, Short.MIN_VALUE, Short.MAX_VALUE),
  /** Signed 32-bit integers (code 8). */
  INT32(8, 4, Integer.MIN_VALUE, Integer.MAX_VALUE),
  /** 32-bit floats (code 16). */
  FLOAT32(16, 4, Double.NaN, Double.NaN),
  /** 64-bit floats (code 64). */
  FLOAT64(64, 8, Double.NaN, Double.NaN);

  private final short code;
  private final int bytes;
  private final double min;
  private final double max;

  NiftiDatatype(int code, int bytes, double min, double max) {
    this.code = (short) code;
    this.bytes = bytes;
    this.min = min;
    this.max = max;
  }

  /** The header's {@code datatype} code. */
  public short code() {
    return code;
  }

  /** Bytes per voxel. */
  public int bytes() {
    return bytes;
  }

  /** The header's {@code bitpix}. */
  public short bitpix() {
    return (short) (8 * bytes);
  }

  /** Whether the type holds integers (values are rounded half away from zero and clipped). */
  public boolean integral() {
    return !Double.isNaN(min);
  }

  /**
   * Puts one stored value (already unscaled): floats as they are, integers rounded and clipped to
   * the type's range (NaN stored as 0).
   *
   * @param out the buffer, positioned, in the file's byte order
   * @param value the stored value
   */
  public void put(ByteBuffer out, double value) {
    switch (this) {
      case FLOAT32 -> out.putFloat((float) value);
      case FLOAT64 -> out.putDouble(value);
      case UINT8 -> out.put((byte) integer(value));
      case INT16 -> out.putShort((short) integer(value));
      case INT32 -> out.putInt((int) integer(value));
      default -> throw new IllegalStateException(name());
    }
  }

  private long integer(double value) {
    if (Double.isNaN(value)) {
      return 0;
    }
    return (long) Math.max(min, Math.min(max, Math.rint(value)));
  }
}
