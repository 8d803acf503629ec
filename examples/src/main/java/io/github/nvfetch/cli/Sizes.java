package io.github.nvfetch.cli;

import java.time.Duration;
import java.util.Locale;

/** Human-readable byte counts and durations. */
final class Sizes {

  private static final String[] UNITS = {"B", "KB", "MB", "GB", "TB"};

  private Sizes() {}

  /** {@code 532 B}, {@code 12.3 MB} (powers of 1000). */
  static String bytes(long count) {
    double value = count;
    int unit = 0;
    while (value >= 1000 && unit < UNITS.length - 1) {
      value /= 1000;
      unit++;
    }
    return unit == 0 ? count + " B" : String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
  }

  /** A number as written by a user: {@code 8}, {@code 0.5}, {@code -1} (no {@code .0}). */
  static String number(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return String.valueOf(value);
    }
    return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** {@code 850 ms}, {@code 6.2 s}, {@code 3 min 05 s}. */
  static String duration(Duration duration) {
    long millis = duration.toMillis();
    if (millis < 1000) {
      return millis + " ms";
    }
    if (millis < 60_000) {
      return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
    return String.format(Locale.ROOT, "%d min %02d s", millis / 60_000, (millis / 1000) % 60);
  }
}
