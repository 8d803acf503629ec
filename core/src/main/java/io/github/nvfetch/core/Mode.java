package io.github.nvfetch.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * When to read from the local data directory and when to ask the server (nilearn's {@code mode}).
 */
public enum Mode {

  /** Use what is on disk first, then download what is missing (the default). */
  DOWNLOAD_NEW,

  /** Ignore what is on disk and download everything again. */
  OVERWRITE,

  /** Read only from disk; never contact NeuroVault. */
  OFFLINE;

  /** nilearn's spelling of the mode: {@code download_new}, {@code overwrite} or {@code offline}. */
  public String nilearnName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads nilearn's spelling, in any case (nilearn lower-cases {@code mode} before checking it).
   *
   * @throws IllegalArgumentException with nilearn's wording ({@code 'mode' must be one of ...}) for
   *     anything else, {@code null} included
   */
  public static Mode parse(String text) {
    if (text != null) {
      String lower = text.toLowerCase(Locale.ROOT);
      for (Mode mode : values()) {
        if (mode.nilearnName().equals(lower)) {
          return mode;
        }
      }
    }
    throw new IllegalArgumentException(
        "'mode' must be one of "
            + allowedNames()
            + "; got "
            + (text == null ? "null" : "'" + text + "'"));
  }

  private static String allowedNames() {
    return Arrays.stream(values())
        .map(mode -> "'" + mode.nilearnName() + "'")
        .collect(Collectors.joining(", ", "[", "]"));
  }
}
