package io.github.nvfetch.report.internal.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A blob at a known MNI coordinate lands at the expected pixel of each view, whatever the grid of
 * the map. The expected pixels are worked out by hand from the canvas (2 mm cells from x -90, y
 * -126, z -72), the view orientation (superior up, left on the left, anterior right in the sagittal
 * view and up in the axial one) and the layout (scale 1: sagittal at column 0 and row 9, coronal at
 * column 113 and row 9, axial at column 208 and row 0, 299 x 109 pixels).
 */
class GlassBrainTest {

  /** The positive blob: x 30, y -22, z 38 = canvas cell (60, 52, 55). */
  private static final double[] POSITIVE = {30, -22, 38};

  /** The negative blob: x -42, y 20, z 8 = canvas cell (24, 73, 40). */
  private static final double[] NEGATIVE = {-42, 20, 8};

  static Stream<Arguments> grids() {
    return Stream.of(
        Arguments.of("2 mm, x flipped", SyntheticMaps.MNI_2MM_FLIPPED, SyntheticMaps.MNI_2MM_DIMS),
        Arguments.of("3 mm, not flipped", SyntheticMaps.GRID_3MM, SyntheticMaps.GRID_3MM_DIMS));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("grids")
  void blobsLandAtTheirMniPixelsInEveryView(String name, Affine affine, int[] dims)
      throws IOException {
    ArrayVolume volume = SyntheticMaps.empty(dims, affine);
    SyntheticMaps.addBlob(volume, POSITIVE, 10);
    SyntheticMaps.addBlob(volume, NEGATIVE, -8);
    GlassBrain glassBrain = new GlassBrain(new ThumbnailLayout(1), 50);
    GlassBrain.Rendered rendered = glassBrain.render(volume);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(rendered.png()));
    assertEquals(299, image.getWidth());
    assertEquals(109, image.getHeight());

    int darkestRed = 0xff000000 | 103 << 16 | 31;
    assertEquals(new Pixel(52, 9 + 35), strongest(image, 0, 109, darkestRed), "sagittal");
    assertEquals(new Pixel(113 + 60, 9 + 35), strongest(image, 113, 204, darkestRed), "coronal");
    assertEquals(new Pixel(208 + 60, 56), strongest(image, 208, 299, darkestRed), "axial");

    // the negative blob (magnitude 8 of 10) is blue, at its own pixels
    assertBlue(image.getRGB(73, 9 + 50), "sagittal negative blob");
    assertBlue(image.getRGB(113 + 24, 9 + 50), "coronal negative blob");
    assertBlue(image.getRGB(208 + 24, 108 - 73), "axial negative blob");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("grids")
  void projectionPeaksAreTheBlobCentres(String name, Affine affine, int[] dims) {
    ArrayVolume volume = SyntheticMaps.empty(dims, affine);
    SyntheticMaps.addBlob(volume, POSITIVE, 10);
    Projections projections = Projections.of(volume);
    assertEquals(new Pixel(52, 35), argmax(projections.view(View.SAGITTAL)));
    assertEquals(new Pixel(60, 35), argmax(projections.view(View.CORONAL)));
    assertEquals(new Pixel(60, 56), argmax(projections.view(View.AXIAL)));
    assertEquals(10f, projections.view(View.AXIAL).peak(60, 56), 1e-4);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("grids")
  void theGeneralPathAgreesWithTheAxisAlignedOne(String name, Affine affine, int[] dims) {
    ArrayVolume volume = SyntheticMaps.empty(dims, affine);
    SyntheticMaps.addBlob(volume, POSITIVE, 10);
    SyntheticMaps.addBlob(volume, NEGATIVE, -8);
    VoxelSource wrapped = new VoxelSource() { // not an ArrayVolume: the per-cell path
          public int nx() {
            return volume.nx();
          }

          public int ny() {
            return volume.ny();
          }

          public int nz() {
            return volume.nz();
          }

          public float value(int i, int j, int k) {
            return volume.value(i, j, k);
          }

          public Affine affine() {
            return volume.affine();
          }
        };
    Projections fast = Projections.of(volume);
    Projections general = Projections.of(wrapped);
    for (View view : View.values()) {
      for (int row = 0; row < view.height(); row++) {
        for (int column = 0; column < view.width(); column++) {
          assertEquals(
              fast.view(view).peak(column, row),
              general.view(view).peak(column, row),
              view + " " + column + "," + row);
        }
      }
    }
    assertEquals(DisplayRange.of(volume, 95), DisplayRange.of(wrapped, 95));
  }

  @org.junit.jupiter.api.Test
  void aRotatedGridIsSampledThroughItsInverseAffine() {
    // voxel axes swapped: i runs along world y, j along world x (2 mm, no flip)
    Affine swapped = Affine.of(new double[][] {{0, 2, 0, -90}, {2, 0, 0, -126}, {0, 0, 2, -72}});
    ArrayVolume volume = SyntheticMaps.empty(new int[] {109, 91, 91}, swapped);
    SyntheticMaps.addBlob(volume, POSITIVE, 10);
    Projections projections = Projections.of(volume);
    assertEquals(new Pixel(60, 35), argmax(projections.view(View.CORONAL)));
    assertEquals(new Pixel(60, 56), argmax(projections.view(View.AXIAL)));
  }

  @org.junit.jupiter.api.Test
  void nanVoxelsAndCellsOutsideTheVolumeAreTransparent() throws IOException {
    ArrayVolume volume = SyntheticMaps.empty(SyntheticMaps.GRID_3MM_DIMS, SyntheticMaps.GRID_3MM);
    for (int k = 0; k < volume.nz(); k++) {
      for (int j = 0; j < volume.ny(); j++) {
        for (int i = 0; i < volume.nx(); i++) {
          volume.set(i, j, k, Float.NaN);
        }
      }
    }
    volume.set(36, 30, 36, 5f); // x 30, y -22, z 38
    BufferedImage image =
        ImageIO.read(
            new ByteArrayInputStream(
                new GlassBrain(new ThumbnailLayout(1), 95).render(volume).png()));
    assertEquals(0xff, image.getRGB(113 + 60, 9 + 35) >>> 24, "the one finite voxel is opaque");
    assertEquals(0, image.getRGB(113 + 45, 9 + 45) >>> 24, "NaN voxels are transparent");
    assertEquals(0, image.getRGB(113 + 1, 9 + 1) >>> 24, "outside the 3 mm grid is transparent");
  }

  @org.junit.jupiter.api.Test
  void belowThresholdMaskIsAFaintFillWithADarkerOutline() {
    ArrayVolume volume =
        SyntheticMaps.empty(SyntheticMaps.MNI_2MM_DIMS, SyntheticMaps.MNI_2MM_FLIPPED);
    for (int k = 30; k < 60; k++) {
      for (int j = 30; j < 80; j++) {
        for (int i = 30; i < 60; i++) {
          volume.set(i, j, k, 0.5f);
        }
      }
    }
    volume.set(45, 55, 45, 10f);
    DisplayRange range = new DisplayRange(5, 10, false);
    BufferedImage image =
        new GlassBrainPainter(new ThumbnailLayout(1)).paint(Projections.of(volume), range);
    int left = 113;
    int top = 9;
    // coronal view: voxels i 30..59 are x 30..-28 (flipped), cells 31..60; z cells 30..59
    assertEquals(GlassBrainPainter.MASK_EDGE, image.getRGB(left + 31, top + 45), "left edge");
    assertEquals(GlassBrainPainter.MASK_FILL, image.getRGB(left + 40, top + 45), "inside");
    assertEquals(0, image.getRGB(left + 30, top + 45), "outside");
    assertEquals(ColorMap.SEQUENTIAL.argb(10f, range), image.getRGB(left + 45, top + 90 - 45));
  }

  private static void assertBlue(int argb, String what) {
    int r = argb >> 16 & 0xff;
    int b = argb & 0xff;
    assertEquals(0xff, argb >>> 24, what + " is opaque");
    assertTrue(b > r + 40, what + " is blue: " + Integer.toHexString(argb));
  }

  private static Pixel strongest(BufferedImage image, int fromColumn, int toColumn, int color) {
    Pixel found = null;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = fromColumn; x < Math.min(toColumn, image.getWidth()); x++) {
        if (image.getRGB(x, y) == color) {
          assertEquals(null, found, "one pixel only has the strongest colour");
          found = new Pixel(x, y);
        }
      }
    }
    return found;
  }

  private static Pixel argmax(Projection projection) {
    Pixel best = null;
    float max = Float.NEGATIVE_INFINITY;
    for (int row = 0; row < projection.view().height(); row++) {
      for (int column = 0; column < projection.view().width(); column++) {
        float v = projection.peak(column, row);
        if (v == v && v > max) {
          max = v;
          best = new Pixel(column, row);
        }
      }
    }
    return best;
  }

  private record Pixel(int x, int y) {}
}
