package io.github.nvfetch.testkit.internal.corpus;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Deterministic voxel data: a brain-shaped ellipsoid holding a few Gaussian blobs plus quantised
 * noise, zero outside, as float32 little-endian.
 */
public final class Volumes {

  /** The MNI 2 mm grid. */
  @SuppressWarnings("MutablePublicArray") // internal to the testkit
  public static final int[] MNI_DIMS = {91, 109, 91};

  /** The world coordinates of voxel (0, 0, 0) on the MNI 2 mm grid. */
  @SuppressWarnings("MutablePublicArray") // internal to the testkit
  public static final float[] MNI_ORIGIN = {90f, -126f, -72f};

  /** Voxel size of tiny test grids, in mm. */
  public static final float TINY_VOXEL = 16f;

  private Volumes() {}

  /** The dims of an image's tiny grid: 8-12 x 10-14 x 8-12. */
  public static int[] tinyDims(long seed, long imageId) {
    Rng rng = Rng.of(seed, Salt.VOXELS, imageId);
    return new int[] {rng.between(8, 12), rng.between(10, 14), rng.between(8, 12)};
  }

  /** The origin that centres a tiny grid on the brain. */
  public static float[] tinyOrigin(int[] dims) {
    return new float[] {
      TINY_VOXEL * (dims[0] - 1) / 2f,
      -TINY_VOXEL * (dims[1] - 1) / 2f - 18f,
      -TINY_VOXEL * (dims[2] - 1) / 2f + 18f
    };
  }

  /**
   * Voxels of slices {@code [zFrom, zTo)} of a volume.
   *
   * @param rng the generator (image-specific or shared)
   * @param dims the volume's dims
   * @param zFrom first slice
   * @param zTo slice after the last
   * @return float32 little-endian bytes
   */
  public static byte[] slices(Rng rng, int[] dims, int zFrom, int zTo) {
    double[][] blobs = blobs(rng, dims);
    ByteBuffer out =
        ByteBuffer.allocate(dims[0] * dims[1] * (zTo - zFrom) * 4).order(ByteOrder.LITTLE_ENDIAN);
    for (int z = zFrom; z < zTo; z++) {
      for (int y = 0; y < dims[1]; y++) {
        for (int x = 0; x < dims[0]; x++) {
          out.putFloat(value(rng, blobs, dims, x, y, z));
        }
      }
    }
    return out.array();
  }

  private static double[][] blobs(Rng rng, int[] dims) {
    double[][] blobs = new double[4][];
    for (int i = 0; i < blobs.length; i++) {
      blobs[i] =
          new double[] {
            rng.nextDouble() * dims[0],
            rng.nextDouble() * dims[1],
            rng.nextDouble() * dims[2],
            (rng.nextDouble() * 2 - 1) * 6,
            1 + rng.nextDouble() * dims[0] / 8.0
          };
    }
    return blobs;
  }

  private static float value(Rng rng, double[][] blobs, int[] dims, int x, int y, int z) {
    double dx = (x - (dims[0] - 1) / 2.0) / (dims[0] / 2.0);
    double dy = (y - (dims[1] - 1) / 2.0) / (dims[1] / 2.0);
    double dz = (z - (dims[2] - 1) / 2.0) / (dims[2] / 2.0);
    if (dx * dx + dy * dy + dz * dz > 0.9) {
      return 0f;
    }
    double v = 0;
    for (double[] b : blobs) {
      double d2 = sq(x - b[0]) + sq(y - b[1]) + sq(z - b[2]);
      v += b[3] * Math.exp(-d2 / (2 * b[4] * b[4]));
    }
    v += rng.gaussian() * 0.5;
    return (float) (Math.round(v * 64) / 64.0);
  }

  private static double sq(double v) {
    return v * v;
  }
}
