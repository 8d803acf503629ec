package io.github.nvfetch.core.internal.nifti;

import io.github.nvfetch.core.volume.VoxelType;

/**
 * The voxel values of a volume in one flat array, x fastest (NIfTI/Fortran order), in the narrowest
 * Java array that holds the type exactly: {@code float[]} for float32, {@code double[]} for
 * float64, {@code long[]} for every integer type. Arrays are owned, never shared.
 */
public abstract class Voxels {

  private final VoxelType type;

  Voxels(VoxelType type) {
    this.type = type;
  }

  /** The voxel type. */
  public final VoxelType type() {
    return type;
  }

  /** The number of voxels. */
  public abstract int length();

  /** Voxel {@code i} widened to double (exact except int64/uint32 beyond 2^53). */
  public abstract double get(int i);

  /** Voxel {@code i} of an integer type, exactly. */
  public long getLong(int i) {
    throw new UnsupportedOperationException("not an integer type: " + type);
  }

  /** Wraps a float32 array (not copied). */
  public static Voxels ofFloats(float[] values) {
    return new FloatVoxels(values);
  }

  /** Wraps a float64 array (not copied). */
  public static Voxels ofDoubles(double[] values) {
    return new DoubleVoxels(values);
  }

  /** Wraps integer values of the given integer type (not copied). */
  public static Voxels ofLongs(long[] values, VoxelType type) {
    if (!type.isInteger()) {
      throw new IllegalArgumentException("not an integer type: " + type);
    }
    return new LongVoxels(values, type);
  }

  /** A zero-filled array of {@code length} voxels of {@code type}. */
  public static Voxels zeros(VoxelType type, int length) {
    switch (type) {
      case FLOAT32:
        return new FloatVoxels(new float[length]);
      case FLOAT64:
        return new DoubleVoxels(new double[length]);
      default:
        return new LongVoxels(new long[length], type);
    }
  }

  /** Stores a value already in this type's domain (the caller casts, as scipy does). */
  public abstract void set(int i, double value);

  /** Stores an integer value exactly (integer types only). */
  public void setLong(int i, long value) {
    throw new UnsupportedOperationException("not an integer type: " + type);
  }

  /** Copies {@code into.length} values from index {@code from}, widened to double. */
  public void copyTo(int from, double[] into) {
    for (int i = 0; i < into.length; i++) {
      into[i] = get(from + i);
    }
  }

  /**
   * For each {@code i}, {@code into[i]} = the value at {@code base + indices[i]} widened to double,
   * or 0 where {@code indices[i]} is negative.
   */
  public void gather(int base, int[] indices, double[] into) {
    for (int i = 0; i < indices.length; i++) {
      into[i] = indices[i] < 0 ? 0.0 : get(base + indices[i]);
    }
  }

  private static final class FloatVoxels extends Voxels {
    private final float[] values;

    FloatVoxels(float[] values) {
      super(VoxelType.FLOAT32);
      this.values = values;
    }

    @Override
    public int length() {
      return values.length;
    }

    @Override
    public double get(int i) {
      return values[i];
    }

    @Override
    public void set(int i, double value) {
      values[i] = (float) value;
    }

    @Override
    public void copyTo(int from, double[] into) {
      for (int i = 0; i < into.length; i++) {
        into[i] = values[from + i];
      }
    }

    @Override
    public void gather(int base, int[] indices, double[] into) {
      for (int i = 0; i < indices.length; i++) {
        int index = indices[i];
        into[i] = index < 0 ? 0.0 : values[base + index];
      }
    }
  }

  private static final class DoubleVoxels extends Voxels {
    private final double[] values;

    DoubleVoxels(double[] values) {
      super(VoxelType.FLOAT64);
      this.values = values;
    }

    @Override
    public int length() {
      return values.length;
    }

    @Override
    public double get(int i) {
      return values[i];
    }

    @Override
    public void set(int i, double value) {
      values[i] = value;
    }

    @Override
    public void copyTo(int from, double[] into) {
      System.arraycopy(values, from, into, 0, into.length);
    }

    @Override
    public void gather(int base, int[] indices, double[] into) {
      for (int i = 0; i < indices.length; i++) {
        int index = indices[i];
        into[i] = index < 0 ? 0.0 : values[base + index];
      }
    }
  }

  private static final class LongVoxels extends Voxels {
    private final long[] values;

    LongVoxels(long[] values, VoxelType type) {
      super(type);
      this.values = values;
    }

    @Override
    public int length() {
      return values.length;
    }

    @Override
    public double get(int i) {
      return values[i];
    }

    @Override
    public long getLong(int i) {
      return values[i];
    }

    @Override
    public void setLong(int i, long value) {
      values[i] = value;
    }

    @Override
    public void set(int i, double value) {
      values[i] = (long) value;
    }
  }
}
