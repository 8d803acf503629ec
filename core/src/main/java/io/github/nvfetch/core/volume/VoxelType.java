package io.github.nvfetch.core.volume;

import org.jspecify.annotations.Nullable;

/** The numeric type of the voxels of a {@link Volume}, named as numpy names them. */
public enum VoxelType {
  /** Unsigned 8-bit integers (NIfTI datatype 2). */
  UINT8(2, 8, true, false, 0, 255),
  /** Signed 8-bit integers (NIfTI datatype 256). */
  INT8(256, 8, true, true, Byte.MIN_VALUE, Byte.MAX_VALUE),
  /** Signed 16-bit integers (NIfTI datatype 4). */
  INT16(4, 16, true, true, Short.MIN_VALUE, Short.MAX_VALUE),
  /** Unsigned 16-bit integers (NIfTI datatype 512). */
  UINT16(512, 16, true, false, 0, 65535),
  /** Signed 32-bit integers (NIfTI datatype 8). */
  INT32(8, 32, true, true, Integer.MIN_VALUE, Integer.MAX_VALUE),
  /** Unsigned 32-bit integers (NIfTI datatype 768). */
  UINT32(768, 32, true, false, 0, 4294967295L),
  /** Signed 64-bit integers (NIfTI datatype 1024). */
  INT64(1024, 64, true, true, Long.MIN_VALUE, Long.MAX_VALUE),
  /** 32-bit IEEE floats (NIfTI datatype 16). */
  FLOAT32(16, 32, false, true, 0, 0),
  /** 64-bit IEEE floats (NIfTI datatype 64). */
  FLOAT64(64, 64, false, true, 0, 0);

  private final int niftiCode;
  private final int bits;
  private final boolean integer;
  private final boolean signed;
  private final long min;
  private final long max;

  VoxelType(int niftiCode, int bits, boolean integer, boolean signed, long min, long max) {
    this.niftiCode = niftiCode;
    this.bits = bits;
    this.integer = integer;
    this.signed = signed;
    this.min = min;
    this.max = max;
  }

  /** The NIfTI {@code datatype} code. */
  public int niftiCode() {
    return niftiCode;
  }

  /** Bits per voxel. */
  public int bits() {
    return bits;
  }

  /** Whether the type holds integers. */
  public boolean isInteger() {
    return integer;
  }

  /** Whether the type is a signed integer type (numpy kind {@code "i"}). */
  public boolean isSignedInteger() {
    return integer && signed;
  }

  /** The smallest value of an integer type. */
  public long minValue() {
    return min;
  }

  /** The largest value of an integer type. */
  public long maxValue() {
    return max;
  }

  /** The type of a NIfTI {@code datatype} code, or null when this SDK does not support it. */
  public static @Nullable VoxelType ofNiftiCode(int code) {
    for (VoxelType type : values()) {
      if (type.niftiCode == code) {
        return type;
      }
    }
    return null;
  }
}
