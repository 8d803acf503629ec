package io.github.nvfetch.report.internal.projection;

/**
 * One view of a maximum-intensity projection, in canvas cells, row 0 at the top. For every cell:
 * the peak (the finite value of largest magnitude along the ray, sign kept; {@code NaN} when the
 * ray met no finite value), and whether the ray crossed the volume's nonzero mask.
 */
public final class Projection {

  private final View view;
  private final float[] peaks;
  private final boolean[] inMask;

  Projection(View view) {
    this.view = view;
    this.peaks = new float[view.width() * view.height()];
    this.inMask = new boolean[peaks.length];
    java.util.Arrays.fill(peaks, Float.NaN);
  }

  /** Which view this is. */
  public View view() {
    return view;
  }

  /** The peak at a cell; {@code NaN} when the ray met no finite value. */
  public float peak(int column, int row) {
    return peaks[index(column, row)];
  }

  /** Whether the ray through a cell crossed a finite nonzero voxel. */
  public boolean inMask(int column, int row) {
    return inMask[index(column, row)];
  }

  void offer(int column, int row, float value) {
    int at = index(column, row);
    float current = peaks[at];
    if (Float.isNaN(current) || Math.abs(value) > Math.abs(current)) {
      peaks[at] = value;
    }
    if (value != 0) {
      inMask[at] = true;
    }
  }

  private int index(int column, int row) {
    return row * view.width() + column;
  }
}
