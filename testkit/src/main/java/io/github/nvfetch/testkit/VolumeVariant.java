package io.github.nvfetch.testkit;

/**
 * The kind of file an image of a {@link VolumeMix#VARIED} corpus serves. The first images of the
 * public listing (in listing order) take the variants in declaration order, so that a corpus of at
 * least {@code values().length} public images holds every variant; the others are drawn by weight,
 * and {@link #OUTSIDE_STANDARD_GRID} is never drawn: exactly one listed image has it.
 */
public enum VolumeVariant {
  /** float32, 2 mm MNI 91x109x91, sform and qform (MNI152). */
  MNI_2MM_FLOAT32(56),
  /** float32, 3 mm MNI 61x73x61. */
  MNI_3MM_FLOAT32(6),
  /** float32, 1 mm MNI grid cropped to 64x80x64 around the brain centre. */
  MNI_1MM_CROPPED_FLOAT32(4),
  /** int16 on the 2 mm grid with {@code scl_slope} and a non-zero {@code scl_inter}. */
  MNI_2MM_INT16_SCALED(8),
  /** uint8 labels 0 (background) to 6 on the 2 mm grid, unscaled: an atlas-like map. */
  MNI_2MM_UINT8_LABELS(4),
  /** float64 on the 3 mm grid. */
  MNI_3MM_FLOAT64(3),
  /** float32 2 mm, NaN outside the brain and in a ball inside it. */
  MNI_2MM_FLOAT32_NAN(8),
  /** float32 2 mm, sform only (qform code 0). */
  SFORM_ONLY(3),
  /** float32 2 mm, qform only (sform code 0): the affine comes from the quaternion. */
  QFORM_ONLY(3),
  /** float32, 3 mm voxels on a grid rotated about x and z, sform and qform. */
  OBLIQUE(2),
  /** float32 2 mm, big-endian header and voxels. */
  BIG_ENDIAN(2),
  /** float32, 3 mm, four-dimensional with 3 volumes. */
  FOUR_D(1),
  /** float32, 4 mm 20x24x20, every voxel far outside the MNI bounding box. */
  OUTSIDE_STANDARD_GRID(0);

  private final double weight;

  VolumeVariant(double weight) {
    this.weight = weight;
  }

  /** The relative frequency among images after the first ones (0: never drawn). */
  public double weight() {
    return weight;
  }
}
