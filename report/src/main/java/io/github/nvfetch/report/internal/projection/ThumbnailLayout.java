package io.github.nvfetch.report.internal.projection;

/**
 * Where the three views sit in a thumbnail: sagittal, coronal and axial side by side, a gap of
 * {@link #GAP} cells between them, vertically centred in a strip as tall as the tallest view, each
 * canvas cell drawn as {@code scale x scale} pixels.
 *
 * @param scale pixels per canvas cell, at least 1
 */
public record ThumbnailLayout(int scale) {

  /** Cells between two views. */
  public static final int GAP = 4;

  /** Validates the scale. */
  public ThumbnailLayout {
    if (scale < 1 || scale > 8) {
      throw new IllegalArgumentException("scale must be within 1..8, got " + scale);
    }
  }

  /** Width of the thumbnail in pixels. */
  public int width() {
    int cells = GAP * (View.values().length - 1);
    for (View view : View.values()) {
      cells += view.width();
    }
    return cells * scale;
  }

  /** Height of the thumbnail in pixels. */
  public int height() {
    return tallest() * scale;
  }

  /** The pixel column of a view's first cell. */
  public int left(View view) {
    int cells = 0;
    for (View before : View.values()) {
      if (before == view) {
        break;
      }
      cells += before.width() + GAP;
    }
    return cells * scale;
  }

  /** The pixel row of a view's first cell. */
  public int top(View view) {
    return (tallest() - view.height()) / 2 * scale;
  }

  private static int tallest() {
    int max = 0;
    for (View view : View.values()) {
      max = Math.max(max, view.height());
    }
    return max;
  }
}
