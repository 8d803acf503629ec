package io.github.nvfetch.core.internal.resample;

import io.github.nvfetch.core.internal.nifti.NiftiHeader;
import io.github.nvfetch.core.internal.nifti.VolumeAccess;
import io.github.nvfetch.core.internal.nifti.Voxels;
import io.github.nvfetch.core.volume.BoundingBoxException;
import io.github.nvfetch.core.volume.Interpolation;
import io.github.nvfetch.core.volume.Volume;
import io.github.nvfetch.core.volume.VoxelType;

/**
 * nilearn's {@code resample_img(img, target_affine=STD_AFFINE, interpolation=...)} with every
 * other argument at its default: the grid from the source's bounding box, then per 3-D volume
 * the non-finite fill, the cubic prefilter (order 3), the pull sampling, the output cast and the
 * NaN re-mask by nearest neighbour; finally the clip to {@code [min(0, min), max(0, max)]} of
 * the source data.
 */
public final class Resampler {

  /** nilearn's {@code STD_AFFINE}: 3 mm, voxel (0, 0, 0) at MNI (-90, -126, -72). */
  public static final double[][] STD_AFFINE = {{3, 0, 0, -90}, {0, 3, 0, -126}, {0, 0, 3, -72},
      {0, 0, 0, 1}};

  /** {@code numpy.linalg.inv(STD_AFFINE)}, as numpy computes it. */
  private static final double[][] STD_INVERSE = {{1.0 / 3, 0, 0, 30}, {0, 1.0 / 3, 0, 42},
      {0, 0, 1.0 / 3, 24}, {0, 0, 0, 1}};

  /** The most voxels of a resampled volume (all volumes together). */
  static final long MAX_OUTPUT_VOXELS = 1L << 28;

  private Resampler() {}

  /**
   * Resamples onto nilearn's standard grid.
   *
   * @throws BoundingBoxException when the volume lies entirely outside the grid, or the grid
   *     would be absurdly large
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
    for (int t = 0; t < volume.volumeCount(); t++) {
      resampleOne(source, t * inPerVolume, inPerVolume, spatial, sampler, order, out,
          t * perVolume);
    }
    clip(source, out);
    int[] outShape = shape.length == 4
        ? new int[] {grid.shape[0], grid.shape[1], grid.shape[2], shape[3]} : grid.shape;
    NiftiHeader header = VolumeAccess.source(volume);
    return VolumeAccess.create(outShape, copy(STD_AFFINE), out, header);
  }

  private static int checkedSize(int[] grid, int volumes) {
    long size = (long) grid[0] * grid[1] * grid[2];
    if (size * volumes > MAX_OUTPUT_VOXELS) {
      throw new BoundingBoxException("the target grid " + grid[0] + "x" + grid[1] + "x"
          + grid[2] + " is too large to resample onto");
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

  private static void resampleOne(Voxels source, int base, int length, int[] spatial,
      AffineSampler sampler, int order, Voxels out, int outBase) {
    double[] values = new double[length];
    boolean nonFinite = false;
    for (int i = 0; i < length; i++) {
      values[i] = source.get(base + i);
      nonFinite |= !Double.isFinite(values[i]);
    }
    double[] mask = null;
    if (nonFinite && !source.type().isInteger()) {
      mask = new double[length];
      for (int i = 0; i < length; i++) {
        mask[i] = Double.isFinite(values[i]) ? 0 : 1;
      }
      values = NonFiniteFill.fill(values, spatial);
    }
    if (order == 3) {
      SplinePrefilter.filter(values, spatial);
    }
    sampler.sample(values, AffineSampler.into(out, outBase));
    if (mask != null) {
      AffineSampler nearest = sampler.withOrder(0);
      nearest.sample(mask, (index, value) -> {
        if (value > 0) {
          out.set(outBase + index, Double.NaN);
        }
      });
    }
  }

  private static void clip(Voxels source, Voxels out) {
    double min = Double.NaN;
    double max = Double.NaN;
    for (int i = 0; i < source.length(); i++) {
      double value = source.get(i);
      if (!Double.isNaN(value)) {
        min = Double.isNaN(min) ? value : Math.min(min, value);
        max = Double.isNaN(max) ? value : Math.max(max, value);
      }
    }
    double low = 0 < min ? 0 : min;
    double high = 0 > max ? 0 : max;
    if (out.type() == VoxelType.FLOAT32) {
      low = toFloatPrecision(low);
      high = toFloatPrecision(high);
    }
    for (int i = 0; i < out.length(); i++) {
      double value = out.get(i);
      double clipped = Math.min(Math.max(value, low), high);
      if (Double.isNaN(low) || Double.isNaN(high)) {
        clipped = Double.NaN;
      }
      if (clipped != value && !(Double.isNaN(clipped) && Double.isNaN(value))) {
        if (out.type().isInteger()) {
          out.setLong(i, (long) clipped);
        } else {
          out.set(i, clipped);
        }
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

  /** The value rounded to float32, as numpy casts a float64 bound to a float32 array's type. */
  private static double toFloatPrecision(double value) {
    float rounded = (float) value;
    return rounded;
  }
}
