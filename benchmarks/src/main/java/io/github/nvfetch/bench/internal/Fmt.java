package io.github.nvfetch.bench.internal;

import java.util.Locale;

/** Number formatting for tables: fixed decimals, locale-independent. */
public final class Fmt {

  private Fmt() {}

  /** A number with a fixed number of decimals. */
  public static String num(double value, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }

  /** An integer with thousands separators. */
  public static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  /** Bytes as MiB with one decimal. */
  public static String mib(long bytes) {
    return num(bytes / (1024.0 * 1024.0), 1);
  }

  /** A ratio as a percentage with one decimal. */
  public static String percent(double ratio) {
    return num(100 * ratio, 1) + " %";
  }
}
