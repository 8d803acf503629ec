package io.github.nvfetch.report.internal.projection;

/**
 * The three glass-brain views, each a maximum-intensity projection along one axis, drawn in
 * neurological convention: the subject's left on the left, anterior to the right (sagittal) or up
 * (axial), superior up.
 */
public enum View {
  /** Projection along x: columns are y (posterior to anterior), rows z (superior first). */
  SAGITTAL(MniCanvas.NY, MniCanvas.NZ),
  /** Projection along y: columns are x (left to right), rows z (superior first). */
  CORONAL(MniCanvas.NX, MniCanvas.NZ),
  /** Projection along z: columns are x (left to right), rows y (anterior first). */
  AXIAL(MniCanvas.NX, MniCanvas.NY);

  private final int width;
  private final int height;

  View(int width, int height) {
    this.width = width;
    this.height = height;
  }

  /** Columns of this view, in canvas cells. */
  public int width() {
    return width;
  }

  /** Rows of this view, in canvas cells. */
  public int height() {
    return height;
  }
}
