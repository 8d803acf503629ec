package io.github.nvfetch.report.internal.projection;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * Paints projections into a transparent ARGB image laid out by a {@link ThumbnailLayout}: values
 * shown by the {@link DisplayRange} in their {@link ColorMap} colour, the rest of the volume's
 * nonzero mask as a faint grey fill with a darker outline, everything else (outside the volume,
 * {@code NaN}, zeros outside the mask) transparent.
 */
public final class GlassBrainPainter {

  /** Faint grey for the inside of the mask. */
  static final int MASK_FILL = 0x1f000000;

  /** Grey for the outline of the mask. */
  static final int MASK_EDGE = 0x80000000;

  private final ThumbnailLayout layout;

  /** A painter for a layout. */
  public GlassBrainPainter(ThumbnailLayout layout) {
    this.layout = layout;
  }

  /** Paints the three views of a map. */
  public BufferedImage paint(Projections projections, DisplayRange range) {
    BufferedImage image =
        new BufferedImage(layout.width(), layout.height(), BufferedImage.TYPE_INT_ARGB);
    int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    ColorMap colors = ColorMap.forRange(range);
    for (View view : View.values()) {
      paintView(projections.view(view), range, colors, pixels);
    }
    return image;
  }

  private void paintView(Projection projection, DisplayRange range, ColorMap colors, int[] pixels) {
    View view = projection.view();
    int scale = layout.scale();
    int left = layout.left(view);
    int top = layout.top(view);
    int width = layout.width();
    for (int row = 0; row < view.height(); row++) {
      for (int column = 0; column < view.width(); column++) {
        int argb = cellColor(projection, column, row, range, colors);
        if (argb == 0) {
          continue;
        }
        int x0 = left + column * scale;
        int y0 = top + row * scale;
        for (int dy = 0; dy < scale; dy++) {
          int base = (y0 + dy) * width + x0;
          for (int dx = 0; dx < scale; dx++) {
            pixels[base + dx] = argb;
          }
        }
      }
    }
  }

  private static int cellColor(
      Projection projection, int column, int row, DisplayRange range, ColorMap colors) {
    int shown = colors.argb(projection.peak(column, row), range);
    if (shown != 0) {
      return shown;
    }
    if (!projection.inMask(column, row)) {
      return 0;
    }
    return onEdge(projection, column, row) ? MASK_EDGE : MASK_FILL;
  }

  private static boolean onEdge(Projection projection, int column, int row) {
    View view = projection.view();
    return column == 0
        || row == 0
        || column == view.width() - 1
        || row == view.height() - 1
        || !projection.inMask(column - 1, row)
        || !projection.inMask(column + 1, row)
        || !projection.inMask(column, row - 1)
        || !projection.inMask(column, row + 1);
  }
}
