package io.github.nvfetch.core.volume;

import io.github.nvfetch.core.internal.resample.Resampler;

/**
 * nilearn's resampling in its NeuroVault downloader ({@code fetch_neurovault(resample=True)}):
 * {@code resample_img(img, target_affine=STD_AFFINE, interpolation=...)}, reproduced operation by
 * operation (scipy's spline prefilter, taps, rounding and constant mode; nilearn's non-finite
 * extrapolation, NaN re-mask and clip), so float results are bit-identical to nilearn's.
 */
public final class Resampling {

  private Resampling() {}

  /**
   * nilearn's {@code STD_AFFINE}: a 3 mm isotropic grid whose voxel (0, 0, 0) is at MNI (-90, -126,
   * -72), x not flipped (a copy).
   */
  public static double[][] standardAffine() {
    double[][] copy = new double[4][];
    for (int i = 0; i < 4; i++) {
      copy[i] = Resampler.STD_AFFINE[i].clone();
    }
    return copy;
  }

  /**
   * Resamples a volume (each 3-D volume of a 4-D one) onto the standard grid. The grid's shape
   * comes from the volume's bounding box ({@code ceil(max corner) + 1} per axis); data below the
   * grid's origin is dropped, as in nilearn. The result's type follows nilearn: signed integers
   * become float32 (int64: float64) with {@code CONTINUOUS}, every other type is kept; it keeps the
   * source's header fields and stored datatype for {@link Volume#writeNiftiGz}.
   *
   * @throws BoundingBoxException when the volume lies entirely outside the grid
   */
  public static Volume toStandardGrid(Volume volume, Interpolation interpolation) {
    if (volume == null || interpolation == null) {
      throw new IllegalArgumentException("volume and interpolation must not be null");
    }
    return Resampler.toStandardGrid(volume, interpolation);
  }
}
