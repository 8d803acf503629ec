package io.github.nvfetch.report.internal.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ColorMapTest {

  private static final DisplayRange SIGNED = new DisplayRange(1, 5, true);
  private static final DisplayRange POSITIVE = new DisplayRange(1, 5, false);

  @Test
  void signedMapsUseTheDivergingMapAndPositiveOnesTheSequentialOne() {
    assertEquals(ColorMap.DIVERGING, ColorMap.forRange(SIGNED));
    assertEquals(ColorMap.SEQUENTIAL, ColorMap.forRange(POSITIVE));
  }

  @Test
  void negativeValuesAreBluePositiveOnesRed() {
    int negative = ColorMap.DIVERGING.argb(-4f, SIGNED);
    int positive = ColorMap.DIVERGING.argb(4f, SIGNED);
    assertEquals(0xff, negative >>> 24);
    assertEquals(0xff, positive >>> 24);
    assertTrue(blue(negative) > red(negative) + 60, Integer.toHexString(negative));
    assertTrue(red(positive) > blue(positive) + 60, Integer.toHexString(positive));
  }

  @Test
  void theDivergingMapIsSymmetricAroundZero() {
    for (float v : new float[] {1f, 2.5f, 4f, 5f}) {
      assertEquals(
          lightness(ColorMap.DIVERGING.argb(v, SIGNED)),
          lightness(ColorMap.DIVERGING.argb(-v, SIGNED)),
          12,
          "magnitude " + v);
    }
    assertTrue(
        lightness(ColorMap.DIVERGING.argb(5f, SIGNED))
            < lightness(ColorMap.DIVERGING.argb(1f, SIGNED)),
        "stronger is darker");
  }

  @Test
  void nanZeroAndValuesBelowTheThresholdAreTransparent() {
    for (ColorMap map : ColorMap.values()) {
      assertEquals(0, map.argb(Float.NaN, SIGNED));
      assertEquals(0, map.argb(0f, SIGNED));
      assertEquals(0, map.argb(0.99f, SIGNED));
      assertEquals(0, map.argb(-0.99f, SIGNED));
      assertNotEquals(0, map.argb(1f, SIGNED));
    }
  }

  @Test
  void sequentialRunsFromLightOrangeToDarkRed() {
    int low = ColorMap.SEQUENTIAL.argb(1f, POSITIVE);
    int high = ColorMap.SEQUENTIAL.argb(5f, POSITIVE);
    assertEquals(0xfffdd49e, low);
    assertEquals(0xff7f0000, high);
    assertEquals(0xff7f0000, ColorMap.SEQUENTIAL.argb(50f, POSITIVE), "clamped above the max");
  }

  @Test
  void thresholdIsAPercentileOfNonzeroMagnitudes() {
    ArrayVolume volume = ArrayVolume.zeros(10, 10, 2, SyntheticMaps.GRID_3MM);
    for (int n = 0; n < 100; n++) {
      volume.set(n % 10, n / 10, 0, (n % 2 == 0 ? 1 : -1) * (n + 1)); // +-1..100, zeros beside
    }
    volume.set(0, 0, 1, Float.NaN);
    DisplayRange range = DisplayRange.of(volume, 95);
    assertEquals(100, range.max(), 0);
    assertTrue(range.signed());
    assertEquals(95, range.threshold(), 100 / 4096.0 + 1e-9);
  }

  @Test
  void aBinaryMaskIsShownWhole() {
    ArrayVolume volume = ArrayVolume.zeros(4, 4, 4, SyntheticMaps.GRID_3MM);
    volume.set(1, 1, 1, 1f);
    volume.set(2, 2, 2, 1f);
    DisplayRange range = DisplayRange.of(volume, 95);
    assertTrue(range.shows(1f));
    assertTrue(!range.signed());
  }

  private static int red(int argb) {
    return argb >> 16 & 0xff;
  }

  private static int blue(int argb) {
    return argb & 0xff;
  }

  private static double lightness(int argb) {
    return 0.299 * red(argb) + 0.587 * (argb >> 8 & 0xff) + 0.114 * blue(argb);
  }
}
