package io.github.nvfetch.core.internal.resample;

import io.github.nvfetch.core.internal.nifti.NiftiHeader;
import io.github.nvfetch.core.internal.nifti.VolumeAccess;
import io.github.nvfetch.core.internal.nifti.Voxels;
import io.github.nvfetch.core.volume.BoundingBoxException;
import io.github.nvfetch.core.volume.Interpolation;
import io.github.nvfetch.core.volume.Volume;
import io.github.nvfetch.core.volume.VoxelType;

/**
 * nilearn's {@code resample_img(img, target_affine=STD_AFFINE, interpolation=...)} with every other
 * argument at its default: the grid from the source's bounding box, then per 3-D volume the
 * non-finite fill, the cubic prefilter (order 3), the pull sampling, the output cast and the NaN
 * re-mask by nearest neighbour; finally the clip to {@code [min(0, min), max(0, max)]} of the
 * source data.
 */
public final class Resampler {

  /** nilearn's {@code STD_AFFINE}: 3 mm, voxel (0, 0, 0) at MNI (-90, -126, -72). */
  @SuppressWarnings("MutablePublicArray") // internal; read by the resampling code only
  public static final double[][] STD_AFFINE = {
    {3, 0, 0, -90}, {0, 3, 0, -126}, {0, 0, 3, -72}, {0, 0, 0, 1}
  };

  /** {@code numpy.linalg.inv(STD_AFFINE)}, as numpy computes it. */
  private static final double[][] STD_INVERSE = {
    {1.0 / 3, 0, 0, 30}, {0, 1.0 / 3, 0, 42}, {0, 0, 1.0 / 3, 24}, {0, 0, 0, 1}
  };

  /** The most voxels of a resampled volume (all volumes together). */
  static final long MAX_OUTPUT_VOXELS = 1L << 28;

  private Resampler() {}

  /**
   * Resamples onto nilearn's standard grid.
   *
   * @throws BoundingBoxException when the volume lies entirely outside the grid, or the grid would
   *     be absurdly large
   */
  public static Volume toStandardGrid(Volume volume, Interpolation interpolation) {
    int[] shape = volume.shape();
    int[] spatial = {shape[0], shape[1], shape[2]};
    TargetGrid grid = TargetGrid.of(STD_AFFINE, STD_INVERSE, volume.affine(), spatial);
    int perVolume = checkedSize(grid.shape, volume.volumeCount());
    Voxels source = VolumeAccess.voxels(volume);
    VoxelType outType = outputType(source.type(), interpolation);
    Voxels out = Voxels.zeros(outType, perVolume * volume.volumeCount());
    int order = interpolation.splineOrder();
    AffineSampler sampler = new AffineSampler(grid.pull, spatial, grid.shape, order);
    int inPerVolume = spatial[0] * spatial[1] * spatial[2];
    ClipRange clip = ClipRange.of(source, outType);
    boolean floatSource = !source.type().isInteger();
    int[] nearest = order == 0 ? sampler.nearestIndices() : null;
    double[] samples = new double[perVolume];
    for (int t = 0; t < volume.volumeCount(); t++) {
      int base = t * inPerVolume;
      boolean mask = false;
      if (order == 0) {
        sampleNearest(source, base, nearest, floatSource, samples);
      } else {
        mask = sampleSpline(source, base, inPerVolume, spatial, sampler, order, samples);
      }
      store(samples, out, t * perVolume, clip);
      if (mask) {
        nearest = nearest == null ? sampler.nearestIndices() : nearest;
        maskNonFinite(source, base, nearest, out, t * perVolume);
      }
    }
    int[] outShape =
        shape.length == 4
            ? new int[] {grid.shape[0], grid.shape[1], grid.shape[2], shape[3]}
            : grid.shape;
    NiftiHeader header = VolumeAccess.source(volume);
    return VolumeAccess.create(outShape, copy(STD_AFFINE), out, header);
  }

  private static int checkedSize(int[] grid, int volumes) {
    long size = (long) grid[0] * grid[1] * grid[2];
    if (size * volumes > MAX_OUTPUT_VOXELS) {
      throw new BoundingBoxException(
          "the target grid "
              + grid[0]
              + "x"
              + grid[1]
              + "x"
              + grid[2]
              + " is too large to resample onto");
    }
    return (int) size;
  }

  /** nilearn's {@code _get_resampled_data_dtype}. */
  static VoxelType outputType(VoxelType in, Interpolation interpolation) {
    if (interpolation != Interpolation.CONTINUOUS || !in.isSignedInteger()) {
      return in;
    }
    return in == VoxelType.INT64 ? VoxelType.FLOAT64 : VoxelType.FLOAT32;
  }

  /**
   * Order 0: each output voxel is its nearest source voxel ({@code 0.0 + value}, as scipy's tap
   * sum), or 0 outside. A non-finite source voxel gives NaN: nilearn fills it before sampling and
   * then re-masks exactly the output voxels whose nearest source voxel it is.
   */
  private static void sampleNearest(
      Voxels source, int base, int[] nearest, boolean floatSource, double[] samples) {
    source.gather(base, nearest, samples);
    for (int i = 0; i < samples.length; i++) {
      double t = 0.0;
      t += samples[i];
      samples[i] = floatSource && !Double.isFinite(t) ? Double.NaN : t;
    }
  }

  /**
   * Orders 1 and 3: the non-finite fill, the cubic prefilter, the pull sampling; true when the
   * volume had non-finite values to re-mask.
   */
  private static boolean sampleSpline(
      Voxels source,
      int base,
      int length,
      int[] spatial,
      AffineSampler sampler,
      int order,
      double[] samples) {
    double[] values = new double[length];
    source.copyTo(base, values);
    boolean nonFinite = false;
    for (int i = 0; i < length; i++) {
      nonFinite |= !Double.isFinite(values[i]);
    }
    boolean fill = nonFinite && !source.type().isInteger();
    if (fill) {
      values = NonFiniteFill.fill(values, spatial);
    }
    if (order == 3) {
      SplinePrefilter.filter(values, spatial);
    }
    sampler.sample(values, AffineSampler.into(samples));
    return fill;
  }

  /** scipy's output cast of each sample, then nilearn's clip, into {@code out}. */
  private static void store(double[] samples, Voxels out, int outBase, ClipRange clip) {
    VoxelType type = out.type();
    for (int i = 0; i < samples.length; i++) {
      double stored = OutputCast.cast(samples[i], type);
      if (type == VoxelType.FLOAT32) {
        stored = ClipRange.float32(stored);
      }
      double value = clip.apply(stored);
      if (type.isInteger()) {
        out.setLong(outBase + i, (long) value);
      } else {
        out.set(outBase + i, value);
      }
    }
  }

  /** nilearn's NaN re-mask: NaN where the nearest source voxel is not finite. */
  private static void maskNonFinite(
      Voxels source, int base, int[] nearest, Voxels out, int outBase) {
    for (int i = 0; i < nearest.length; i++) {
      if (nearest[i] >= 0 && !Double.isFinite(source.get(base + nearest[i]))) {
        out.set(outBase + i, Double.NaN);
      }
    }
  }

  private static double[][] copy(double[][] matrix) {
    double[][] copy = new double[matrix.length][];
    for (int i = 0; i < matrix.length; i++) {
      copy[i] = matrix[i].clone();
    }
    return copy;
  }
}
