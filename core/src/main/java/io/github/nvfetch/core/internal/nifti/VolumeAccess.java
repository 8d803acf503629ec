package io.github.nvfetch.core.internal.nifti;

import io.github.nvfetch.core.volume.Volume;

/**
 * Internal access to {@link Volume}'s state without copying (the reader, the writer and the
 * resampler share arrays they own). {@link Volume} registers the bridge when it is initialised.
 */
public final class VolumeAccess {

  /** What {@link Volume} exposes to the internal packages. */
  public interface Bridge {
    /** Wraps owned state in a volume, no copy. */
    Volume create(int[] shape, double[][] affine, Voxels voxels, NiftiHeader source);

    /** The voxels of a volume, shared. */
    Voxels voxels(Volume volume);

    /** The header the volume was read from, or null. */
    NiftiHeader source(Volume volume);
  }

  private static volatile Bridge bridge;

  private VolumeAccess() {}

  /** Called once by {@link Volume}'s static initialiser. */
  public static void register(Bridge value) {
    if (bridge == null) {
      bridge = value;
    }
  }

  private static Bridge bridge() {
    if (bridge == null) {
      try {
        Class.forName(Volume.class.getName(), true, Volume.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
    return bridge;
  }

  /** See {@link Bridge#create}. */
  public static Volume create(int[] shape, double[][] affine, Voxels voxels, NiftiHeader source) {
    return bridge().create(shape, affine, voxels, source);
  }

  /** See {@link Bridge#voxels}. */
  public static Voxels voxels(Volume volume) {
    return bridge().voxels(volume);
  }

  /** See {@link Bridge#source}. */
  public static NiftiHeader source(Volume volume) {
    return bridge().source(volume);
  }
}
