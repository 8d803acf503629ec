package io.github.nvfetch.report.internal.render;

import io.github.nvfetch.core.volume.Volume;
import io.github.nvfetch.report.internal.projection.Affine;
import io.github.nvfetch.report.internal.projection.ArrayVolume;

/** The first 3-D volume of a core {@link Volume}, as floats the projection reads directly. */
public final class VolumeVoxels {

  private VolumeVoxels() {}

  /**
   * Copies the first volume (the only one of a 3-D image) and the affine's top three rows.
   *
   * @throws IllegalArgumentException when the affine is singular or not finite
   */
  public static ArrayVolume firstVolume(Volume volume) {
    int[] shape = volume.shape();
    int count = shape[0] * shape[1] * shape[2];
    float[] values = new float[count];
    for (int i = 0; i < count; i++) {
      values[i] = (float) volume.getFlat(i);
    }
    double[][] affine = volume.affine();
    return new ArrayVolume(
        new int[] {shape[0], shape[1], shape[2]},
        values,
        Affine.of(new double[][] {affine[0], affine[1], affine[2]}));
  }
}
