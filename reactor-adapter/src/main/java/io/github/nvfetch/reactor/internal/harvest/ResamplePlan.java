package io.github.nvfetch.reactor.internal.harvest;

import io.github.nvfetch.core.HarvestRequest;
import io.github.nvfetch.core.ImageMeta;
import io.github.nvfetch.core.Mode;
import io.github.nvfetch.core.volume.Interpolation;

/**
 * Whether a harvest resamples its images onto nilearn's standard grid, and how.
 *
 * @param enabled nilearn's {@code resample}
 * @param interpolation nilearn's {@code interpolation}
 * @param offline whether the harvest is offline (an image it cannot resample from disk cannot be
 *     fetched either: it is reported failed)
 */
record ResamplePlan(boolean enabled, Interpolation interpolation, boolean offline) {

  /** The image metadata key recording the interpolation a resampled file was made with. */
  static final String INTERPOLATION_KEY = "resampled_interpolation";

  /** No resampling. */
  static final ResamplePlan NONE = new ResamplePlan(false, Interpolation.CONTINUOUS, false);

  /** The plan of {@code request} run in the effective {@code mode}. */
  static ResamplePlan of(HarvestRequest request, Mode mode) {
    return new ResamplePlan(request.resample(), request.interpolation(), mode == Mode.OFFLINE);
  }

  /**
   * Whether the local scan keeps a stored image it cannot use, so that its failure is reported:
   * only when resampling offline (online, such an image is fetched again).
   */
  boolean keepsUnusable() {
    return enabled && offline;
  }

  /**
   * Whether a resampled file described by {@code image} was made with this plan's interpolation. A
   * file without the record (nilearn wrote it) counts as continuous, the only interpolation
   * nilearn's ids downloader uses and its filtered downloader's default.
   */
  boolean madeBy(ImageMeta image) {
    Object recorded = image.get(INTERPOLATION_KEY);
    String name = recorded == null ? Interpolation.CONTINUOUS.nilearnName() : recorded.toString();
    return interpolation.nilearnName().equals(name);
  }

  /** {@code image} recording that its resampled file is made with this plan's interpolation. */
  ImageMeta recorded(ImageMeta image) {
    return image.with(INTERPOLATION_KEY, interpolation.nilearnName());
  }
}
