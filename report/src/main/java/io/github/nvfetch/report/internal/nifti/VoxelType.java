package io.github.nvfetch.report.internal.nifti;

import java.nio.ByteBuffer;

/** The NIfTI-1 voxel types a thumbnail can show (scalar, real), with how to read one voxel. */
enum VoxelType {
  UINT8(2, 1),
  INT16(4, 2),
  INT32(8, 4),
  FLOAT32(16, 4),
  FLOAT64(64, 8),
  INT8(256, 1),
  UINT16(512, 2),
  UINT32(768, 4),
  INT64(1024, 8),
  UINT64(1280, 8);

  private final int code;
  private final int bytes;

  VoxelType(int code, int bytes) {
    this.code = code;
    this.bytes = bytes;
  }

  /** The type of a {@code datatype} code. */
  static VoxelType of(int code) {
    for (VoxelType type : values()) {
      if (type.code == code) {
        return type;
      }
    }
    throw new VolumeFormatException("voxel datatype " + code
        + " cannot be shown (complex, RGB or unknown)");
  }

  /** Bytes per voxel. */
  int bytes() {
    return bytes;
  }

  /** The voxel at a byte position, as a float. */
  float read(ByteBuffer buffer, int at) {
    return switch (this) {
      case UINT8 -> buffer.get(at) & 0xff;
      case INT8 -> buffer.get(at);
      case INT16 -> buffer.getShort(at);
      case UINT16 -> buffer.getShort(at) & 0xffff;
      case INT32 -> buffer.getInt(at);
      case UINT32 -> buffer.getInt(at) & 0xffffffffL;
      case FLOAT32 -> buffer.getFloat(at);
      case FLOAT64 -> (float) buffer.getDouble(at);
      case INT64 -> buffer.getLong(at);
      case UINT64 -> unsigned(buffer.getLong(at));
    };
  }

  private static float unsigned(long value) {
    return value >= 0 ? value : (float) (value >>> 1) * 2f;
  }
}
