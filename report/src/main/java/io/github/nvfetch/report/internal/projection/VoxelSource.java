package io.github.nvfetch.report.internal.projection;

/**
 * What a projection needs from a 3-D image: its grid size, its voxel values and its affine (voxel
 * indices to world millimetres, MNI space for NeuroVault maps). Implementations are read-only.
 */
public interface VoxelSource {

  /** Voxels along the first axis. */
  int nx();

  /** Voxels along the second axis. */
  int ny();

  /** Voxels along the third axis. */
  int nz();

  /**
   * The value of voxel {@code (i, j, k)}, each index within its axis; {@code NaN} is allowed and
   * means "no value".
   */
  float value(int i, int j, int k);

  /** The voxel-to-world affine. */
  Affine affine();
}
