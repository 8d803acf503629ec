package io.github.nvfetch.core.volume;

import java.util.Locale;

/** nilearn's {@code interpolation} argument of {@code resample_img}. */
public enum Interpolation {
  /** Cubic B-spline (scipy order 3), nilearn's default. */
  CONTINUOUS(3),
  /** Trilinear (scipy order 1). */
  LINEAR(1),
  /** Nearest neighbour (scipy order 0). */
  NEAREST(0);

  private final int splineOrder;

  Interpolation(int splineOrder) {
    this.splineOrder = splineOrder;
  }

  /** The spline order scipy's {@code affine_transform} gets: 3, 1 or 0. */
  public int splineOrder() {
    return splineOrder;
  }

  /** nilearn's name: {@code "continuous"}, {@code "linear"} or {@code "nearest"}. */
  public String nilearnName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The interpolation of a nilearn name (case-sensitive, as nilearn).
   *
   * @throws IllegalArgumentException for any other string, naming the allowed values
   */
  public static Interpolation ofNilearnName(String name) {
    for (Interpolation value : values()) {
      if (value.nilearnName().equals(name)) {
        return value;
      }
    }
    throw new IllegalArgumentException(
        "interpolation must be one of \"continuous\", \"linear\","
            + " \"nearest\", got "
            + (name == null ? "null" : "\"" + name + "\""));
  }
}
