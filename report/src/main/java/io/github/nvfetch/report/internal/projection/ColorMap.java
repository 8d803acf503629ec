package io.github.nvfetch.report.internal.projection;

/**
 * The colour maps of the thumbnails, as packed ARGB. A signed map uses a diverging map symmetric
 * around 0 (blues for negative values, reds for positive ones, the same lightness for the same
 * magnitude); a positive-only map uses a sequential orange-red map. Values not shown (below the
 * threshold, zero) and {@code NaN} map to fully transparent.
 */
public enum ColorMap {
  /** Light to dark blue below 0, light to dark red above 0. */
  DIVERGING,
  /** Light orange to dark red. */
  SEQUENTIAL;

  /** ColorBrewer RdBu, red half, from the threshold outwards. */
  private static final int[][] REDS = {{244, 165, 130}, {214, 96, 77}, {178, 24, 43}, {103, 0, 31}};

  /**
   * ColorBrewer RdBu, blue half, from the threshold outwards; the two darkest stops darkened a
   * little to match the lightness of their red counterparts (symmetry around 0).
   */
  private static final int[][] BLUES = {
    {146, 197, 222}, {67, 147, 195}, {24, 84, 160}, {5, 40, 90}
  };

  /** ColorBrewer OrRd, from light to dark. */
  private static final int[][] ORANGE_REDS = {
    {253, 212, 158}, {252, 141, 89}, {215, 48, 31}, {127, 0, 0}
  };

  /** The map for a range: diverging when the map is signed. */
  public static ColorMap forRange(DisplayRange range) {
    return range.signed() ? DIVERGING : SEQUENTIAL;
  }

  /** The colour of a value, opaque, or 0 (transparent) when the value is not shown. */
  public int argb(float value, DisplayRange range) {
    if (!range.shows(value)) {
      return 0;
    }
    int[][] ramp = this == SEQUENTIAL ? ORANGE_REDS : value < 0 ? BLUES : REDS;
    return interpolate(ramp, range.position(value));
  }

  /** The colours along the positive half of the scale (for a legend), as CSS hex colours. */
  public String[] cssStops(boolean negative) {
    int[][] ramp = this == SEQUENTIAL ? ORANGE_REDS : negative ? BLUES : REDS;
    String[] stops = new String[ramp.length];
    for (int i = 0; i < ramp.length; i++) {
      stops[i] = String.format("#%02x%02x%02x", ramp[i][0], ramp[i][1], ramp[i][2]);
    }
    return stops;
  }

  private static int interpolate(int[][] ramp, double position) {
    double scaled = position * (ramp.length - 1);
    int low = Math.min(ramp.length - 2, (int) scaled);
    double t = scaled - low;
    int r = mix(ramp[low][0], ramp[low + 1][0], t);
    int g = mix(ramp[low][1], ramp[low + 1][1], t);
    int b = mix(ramp[low][2], ramp[low + 1][2], t);
    return 0xff000000 | r << 16 | g << 8 | b;
  }

  private static int mix(int from, int to, double t) {
    return (int) Math.round(from + (to - from) * t);
  }
}
