package io.github.nvfetch.testkit.internal.corpus;

import io.github.nvfetch.testkit.VolumeVariant;
import io.github.nvfetch.testkit.internal.nifti.NiftiDatatype;
import io.github.nvfetch.testkit.internal.nifti.NiftiImage;
import java.nio.ByteOrder;

/**
 * How one varied image is written: its header, and the affine that places its voxels in the brain
 * field (the header's affine except for the image outside the standard grid, whose content is that
 * of a brain-centred grid).
 *
 * @param variant the variant
 * @param image the header's content
 * @param contentAffine voxel to field coordinates (3 rows of 4)
 */
public record VolumePlan(VolumeVariant variant, NiftiImage image, double[][] contentAffine) {

  private static final short MNI = 4;
  private static final short SCANNER = 1;
  private static final int[] MNI_2MM = {91, 109, 91};
  private static final int[] MNI_3MM = {61, 73, 61};

  /**
   * The plan of an image.
   *
   * @param variant the variant
   * @param rng the image's generator (draws the scaling of int16 files)
   * @param field the image's content (bounds the int16 scaling)
   * @param description the header's description
   * @return the plan
   */
  static VolumePlan of(VolumeVariant variant, Rng rng, BrainField field, String description) {
    String text = description + " " + variant.name().toLowerCase(java.util.Locale.ROOT);
    return switch (variant) {
      case MNI_2MM_FLOAT32, MNI_2MM_FLOAT32_NAN ->
          simple(variant, MNI_2MM, mni(2), NiftiDatatype.FLOAT32, text);
      case MNI_3MM_FLOAT32 -> simple(variant, MNI_3MM, mni(3), NiftiDatatype.FLOAT32, text);
      case MNI_1MM_CROPPED_FLOAT32 ->
          simple(
              variant,
              new int[] {64, 80, 64},
              diagonal(1, 31, -57, -13),
              NiftiDatatype.FLOAT32,
              text);
      case MNI_3MM_FLOAT64 -> simple(variant, MNI_3MM, mni(3), NiftiDatatype.FLOAT64, text);
      case MNI_2MM_UINT8_LABELS -> simple(variant, MNI_2MM, mni(2), NiftiDatatype.UINT8, text);
      case MNI_2MM_INT16_SCALED -> scaled(field, rng, text);
      case SFORM_ONLY ->
          new VolumePlan(
              variant,
              new NiftiImage(
                  MNI_2MM,
                  NiftiDatatype.FLOAT32,
                  ByteOrder.LITTLE_ENDIAN,
                  mni(2),
                  (short) 0,
                  MNI,
                  1,
                  0,
                  text),
              mni(2));
      case QFORM_ONLY ->
          new VolumePlan(
              variant,
              new NiftiImage(
                  MNI_2MM,
                  NiftiDatatype.FLOAT32,
                  ByteOrder.LITTLE_ENDIAN,
                  mni(2),
                  MNI,
                  (short) 0,
                  1,
                  0,
                  text),
              mni(2));
      case OBLIQUE -> oblique(text);
      case BIG_ENDIAN ->
          new VolumePlan(
              variant,
              new NiftiImage(
                  MNI_2MM,
                  NiftiDatatype.FLOAT32,
                  ByteOrder.BIG_ENDIAN,
                  mni(2),
                  MNI,
                  MNI,
                  1,
                  0,
                  text),
              mni(2));
      case FOUR_D ->
          simple(variant, new int[] {61, 73, 61, 3}, mni(3), NiftiDatatype.FLOAT32, text);
      case OUTSIDE_STANDARD_GRID ->
          new VolumePlan(
              variant,
              new NiftiImage(
                  new int[] {20, 24, 20},
                  NiftiDatatype.FLOAT32,
                  ByteOrder.LITTLE_ENDIAN,
                  diagonal(4, 400, 300, 300),
                  SCANNER,
                  SCANNER,
                  1,
                  0,
                  text),
              diagonal(4, 38, -64, -20));
    };
  }

  /** The 2 mm or 3 mm MNI affine: x flipped, origin voxel at (90, -126, -72). */
  static double[][] mni(double mm) {
    return diagonal(mm, 90, -126, -72);
  }

  private static VolumePlan simple(
      VolumeVariant v, int[] dims, double[][] affine, NiftiDatatype type, String text) {
    return new VolumePlan(
        v,
        new NiftiImage(dims, type, ByteOrder.LITTLE_ENDIAN, affine, MNI, MNI, 1, 0, text),
        affine);
  }

  private static VolumePlan scaled(BrainField field, Rng rng, String text) {
    float slope = (float) (field.bound() / 30_000);
    double inter = (rng.chance(0.5) ? -0.25 : 0.25) * rng.between(1, 4);
    return new VolumePlan(
        VolumeVariant.MNI_2MM_INT16_SCALED,
        new NiftiImage(
            MNI_2MM,
            NiftiDatatype.INT16,
            ByteOrder.LITTLE_ENDIAN,
            mni(2),
            MNI,
            MNI,
            slope,
            inter,
            text),
        mni(2));
  }

  /**
   * 3 mm voxels, x flipped, rotated 10 degrees about x then 7 about z, the centre voxel at (0, -18,
   * 18).
   */
  private static VolumePlan oblique(String text) {
    double ax = Math.toRadians(10);
    double az = Math.toRadians(7);
    double[][] rx = {{1, 0, 0}, {0, Math.cos(ax), -Math.sin(ax)}, {0, Math.sin(ax), Math.cos(ax)}};
    double[][] rz = {{Math.cos(az), -Math.sin(az), 0}, {Math.sin(az), Math.cos(az), 0}, {0, 0, 1}};
    double[] zooms = {-3, 3, 3};
    double[][] affine = new double[3][4];
    double[] centreVoxel = {30, 36, 30};
    double[] centre = {0, -18, 18};
    for (int r = 0; r < 3; r++) {
      double t = centre[r];
      for (int c = 0; c < 3; c++) {
        double m = 0;
        for (int k = 0; k < 3; k++) {
          m += rz[r][k] * rx[k][c];
        }
        affine[r][c] = m * zooms[c];
        t -= affine[r][c] * centreVoxel[c];
      }
      affine[r][3] = t;
    }
    double[][] stored = float32(affine);
    return new VolumePlan(
        VolumeVariant.OBLIQUE,
        new NiftiImage(
            MNI_3MM,
            NiftiDatatype.FLOAT32,
            ByteOrder.LITTLE_ENDIAN,
            stored,
            SCANNER,
            MNI,
            1,
            0,
            text),
        stored);
  }

  private static double[][] diagonal(double mm, double x, double y, double z) {
    return new double[][] {{-mm, 0, 0, x}, {0, mm, 0, y}, {0, 0, mm, z}};
  }

  private static double[][] float32(double[][] m) {
    double[][] out = new double[3][4];
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 4; c++) {
        out[r][c] = (float) m[r][c];
      }
    }
    return out;
  }
}
