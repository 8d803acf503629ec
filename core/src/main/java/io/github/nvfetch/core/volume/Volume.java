package io.github.nvfetch.core.volume;

import io.github.nvfetch.core.internal.nifti.NiftiHeader;
import io.github.nvfetch.core.internal.nifti.NiftiReader;
import io.github.nvfetch.core.internal.nifti.NiftiWriter;
import io.github.nvfetch.core.internal.nifti.VolumeAccess;
import io.github.nvfetch.core.internal.nifti.Voxels;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * An immutable 3-D or 4-D brain volume: its shape, its voxel-to-world affine (4x4, millimetres) and
 * its voxels, as nibabel loads them. Voxel {@code (x, y, z, t)} is at flat index {@code x + nx * (y
 * + ny * (z + nz * t))} (NIfTI order, x fastest).
 *
 * <p>{@link #read(Path)} reads NIfTI-1 and NIfTI-2 single files ({@code .nii} or {@code .nii.gz}),
 * either byte order, datatypes uint8, int8, int16, uint16, int32, uint32, int64, float32 and
 * float64. As nibabel: a {@code scl_slope} other than 0, 1 or non-finite (or an intercept other
 * than 0 with slope 1) scales the data to float64 ({@code raw * slope + inter}); the affine is the
 * sform when {@code sform_code > 0}, else the qform when {@code qform_code > 0}, else the pixdim
 * base affine with x flipped. Reading streams the file: one copy of the voxels in memory, never the
 * compressed bytes as well.
 */
public final class Volume {

  static {
    VolumeAccess.register(new Bridge());
  }

  private final int[] shape;
  private final double[][] affine;
  private final Voxels voxels;
  private final @Nullable NiftiHeader source;

  private Volume(int[] shape, double[][] affine, Voxels voxels, @Nullable NiftiHeader source) {
    this.shape = shape;
    this.affine = affine;
    this.voxels = voxels;
    this.source = source;
  }

  /**
   * Reads a NIfTI-1 or NIfTI-2 single file, gzip-compressed or not.
   *
   * @throws VolumeFormatException when it is not a supported NIfTI volume or is truncated
   * @throws IOException when the file cannot be read
   */
  public static Volume read(Path file) throws IOException {
    return NiftiReader.read(file);
  }

  /**
   * A float32 volume from values in NIfTI order (copied).
   *
   * @param shape 3 or 4 positive dimensions
   * @param affine 4x4 voxel-to-world matrix (copied)
   * @throws IllegalArgumentException when the shape, affine and values do not agree
   */
  public static Volume ofFloats(int[] shape, double[][] affine, float[] values) {
    checkShape(shape, values.length);
    return new Volume(shape.clone(), checkAffine(affine), Voxels.ofFloats(values.clone()), null);
  }

  /**
   * A float64 volume from values in NIfTI order (copied).
   *
   * @throws IllegalArgumentException when the shape, affine and values do not agree
   */
  public static Volume ofDoubles(int[] shape, double[][] affine, double[] values) {
    checkShape(shape, values.length);
    return new Volume(shape.clone(), checkAffine(affine), Voxels.ofDoubles(values.clone()), null);
  }

  /** The shape: {@code [nx, ny, nz]} or {@code [nx, ny, nz, nt]} (a copy). */
  public int[] shape() {
    return shape.clone();
  }

  /** The number of 3-D volumes: 1 for a 3-D volume, {@code nt} for a 4-D one. */
  public int volumeCount() {
    return shape.length == 4 ? shape[3] : 1;
  }

  /** The voxel-to-world affine, 4x4 (a copy). */
  public double[][] affine() {
    double[][] copy = new double[4][];
    for (int i = 0; i < 4; i++) {
      copy[i] = affine[i].clone();
    }
    return copy;
  }

  /** The type of the values in memory (float64 when nibabel's scaling applied). */
  public VoxelType type() {
    return voxels.type();
  }

  /** The datatype the file stores (the type a resampled file keeps on disk, as in nibabel). */
  public VoxelType storedType() {
    return source == null ? voxels.type() : source.storedType();
  }

  /** The number of voxels in all volumes. */
  public int voxelCount() {
    return voxels.length();
  }

  /** Voxel {@code (x, y, z)} of the first volume, widened to double. */
  public double get(int x, int y, int z) {
    return get(x, y, z, 0);
  }

  /**
   * Voxel {@code (x, y, z, t)} widened to double.
   *
   * @throws IndexOutOfBoundsException outside the shape
   */
  public double get(int x, int y, int z, int t) {
    return voxels.get(index(x, y, z, t));
  }

  /** Voxel number {@code i} in NIfTI order, widened to double. */
  public double getFlat(int i) {
    return voxels.get(i);
  }

  /**
   * Writes the volume as a gzip-compressed NIfTI file (level 1), as nibabel writes a resampled
   * image: the source header's fields kept, the affine in the sform (code 2, qform code 0), the
   * stored datatype kept (float data written to an integer type gets nibabel's slope and
   * intercept), {@code cal_min/cal_max} of the data.
   *
   * @throws IOException when the file cannot be written
   */
  public void writeNiftiGz(Path file) throws IOException {
    NiftiWriter.write(this, file);
  }

  /**
   * Writes the volume as {@link #writeNiftiGz(Path)} does, to a stream that is left open.
   *
   * @throws IOException when the stream fails
   */
  public void writeNiftiGz(OutputStream out) throws IOException {
    NiftiWriter.write(this, out);
  }

  private int index(int x, int y, int z, int t) {
    int nt = volumeCount();
    if (x < 0
        || x >= shape[0]
        || y < 0
        || y >= shape[1]
        || z < 0
        || z >= shape[2]
        || t < 0
        || t >= nt) {
      throw new IndexOutOfBoundsException(
          "voxel (" + x + ", " + y + ", " + z + ", " + t + ") outside " + Arrays.toString(shape));
    }
    return x + shape[0] * (y + shape[1] * (z + shape[2] * t));
  }

  private static void checkShape(int[] shape, int length) {
    if (shape.length != 3 && shape.length != 4) {
      throw new IllegalArgumentException("a volume has 3 or 4 dimensions");
    }
    long count = 1;
    for (int dim : shape) {
      if (dim < 1) {
        throw new IllegalArgumentException(
            "dimensions must be positive: " + Arrays.toString(shape));
      }
      count *= dim;
    }
    if (count != length) {
      throw new IllegalArgumentException(
          "shape " + Arrays.toString(shape) + " needs " + count + " values, got " + length);
    }
  }

  private static double[][] checkAffine(double[][] affine) {
    if (affine.length != 4) {
      throw new IllegalArgumentException("the affine must be 4x4");
    }
    double[][] copy = new double[4][];
    for (int i = 0; i < 4; i++) {
      if (affine[i].length != 4) {
        throw new IllegalArgumentException("the affine must be 4x4");
      }
      copy[i] = affine[i].clone();
    }
    return copy;
  }

  @Override
  public String toString() {
    return "Volume{shape="
        + Arrays.toString(shape)
        + ", type="
        + type()
        + ", stored="
        + storedType()
        + "}";
  }

  private static final class Bridge implements VolumeAccess.Bridge {
    @Override
    public Volume create(int[] shape, double[][] affine, Voxels voxels, NiftiHeader source) {
      return new Volume(shape, affine, voxels, source);
    }

    @Override
    public Voxels voxels(Volume volume) {
      return volume.voxels;
    }

    @Override
    public @Nullable NiftiHeader source(Volume volume) {
      return volume.source;
    }
  }
}
