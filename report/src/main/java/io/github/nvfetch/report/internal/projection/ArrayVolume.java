package io.github.nvfetch.report.internal.projection;

import java.util.Objects;

/** A {@link VoxelSource} over a float array, first index fastest (NIfTI's order). */
public final class ArrayVolume implements VoxelSource {

  private final int nx;
  private final int ny;
  private final int nz;
  private final float[] voxels;
  private final Affine affine;

  /**
   * Wraps voxels (not copied).
   *
   * @param dims nx, ny, nz, each at least 1
   * @param voxels {@code nx * ny * nz} values, x fastest, then y, then z
   * @param affine the voxel-to-world affine
   */
  public ArrayVolume(int[] dims, float[] voxels, Affine affine) {
    if (dims.length != 3 || dims[0] < 1 || dims[1] < 1 || dims[2] < 1) {
      throw new IllegalArgumentException("dims must be three positive sizes");
    }
    if ((long) dims[0] * dims[1] * dims[2] != voxels.length) {
      throw new IllegalArgumentException(
          "expected " + (long) dims[0] * dims[1] * dims[2] + " voxels, got " + voxels.length);
    }
    this.nx = dims[0];
    this.ny = dims[1];
    this.nz = dims[2];
    this.voxels = voxels;
    this.affine = Objects.requireNonNull(affine, "affine");
  }

  /** A volume of zeros, for tests and synthetic maps to fill with {@link #set}. */
  public static ArrayVolume zeros(int nx, int ny, int nz, Affine affine) {
    return new ArrayVolume(new int[] {nx, ny, nz}, new float[nx * ny * nz], affine);
  }

  /** Sets one voxel (the volume is mutable only through this method, for building). */
  public void set(int i, int j, int k, float value) {
    voxels[index(i, j, k)] = value;
  }

  @Override
  public int nx() {
    return nx;
  }

  @Override
  public int ny() {
    return ny;
  }

  @Override
  public int nz() {
    return nz;
  }

  @Override
  public float value(int i, int j, int k) {
    return voxels[index(i, j, k)];
  }

  @Override
  public Affine affine() {
    return affine;
  }

  /** The backing array, x fastest (not a copy). */
  float[] voxels() {
    return voxels;
  }

  private int index(int i, int j, int k) {
    return i + nx * (j + ny * k);
  }
}
