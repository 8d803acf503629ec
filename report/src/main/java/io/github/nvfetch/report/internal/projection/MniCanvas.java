package io.github.nvfetch.report.internal.projection;

/**
 * The fixed grid every map is projected onto, whatever its own grid: 2 mm cells over the MNI152
 * bounding box (x -90..90, y -126..90, z -72..108 mm, cell centres), the grid of the MNI 2 mm
 * template. Maps on different grids therefore line up pixel for pixel.
 */
public final class MniCanvas {

  /** Cell size in millimetres. */
  public static final double CELL_MM = 2.0;

  /** World x of the first cell centre (left). */
  public static final double X_MIN = -90;

  /** World y of the first cell centre (posterior). */
  public static final double Y_MIN = -126;

  /** World z of the first cell centre (inferior). */
  public static final double Z_MIN = -72;

  /** Cells along x (left to right). */
  public static final int NX = 91;

  /** Cells along y (posterior to anterior). */
  public static final int NY = 109;

  /** Cells along z (inferior to superior). */
  public static final int NZ = 91;

  private MniCanvas() {}

  /** World x of cell column {@code cx}. */
  public static double x(int cx) {
    return X_MIN + CELL_MM * cx;
  }

  /** World y of cell {@code cy}. */
  public static double y(int cy) {
    return Y_MIN + CELL_MM * cy;
  }

  /** World z of cell {@code cz}. */
  public static double z(int cz) {
    return Z_MIN + CELL_MM * cz;
  }
}
