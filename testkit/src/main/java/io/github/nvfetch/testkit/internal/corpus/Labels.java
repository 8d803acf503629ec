package io.github.nvfetch.testkit.internal.corpus;

import java.util.Map;

/**
 * The display labels that the live API emits instead of stored codes (Django {@code
 * get_FOO_display}).
 */
public final class Labels {

  private static final Map<String, String> MAP_TYPES =
      Map.ofEntries(
          Map.entry("T", "T map"),
          Map.entry("Z", "Z map"),
          Map.entry("F", "F map"),
          Map.entry("X2", "Chi squared map"),
          Map.entry("P", "P map (given null hypothesis)"),
          Map.entry("IP", "1-P map (\"inverted\" probability)"),
          Map.entry("M", "multivariate-beta map"),
          Map.entry("U", "univariate-beta map"),
          Map.entry("R", "ROI/mask"),
          Map.entry("Pa", "parcellation"),
          Map.entry("A", "anatomical"),
          Map.entry("V", "variance"),
          Map.entry("Other", "other"));

  private static final Map<String, String> ANALYSIS_LEVELS =
      Map.of("S", "single-subject", "G", "group", "M", "meta-analysis", "Other", "other");

  private Labels() {}

  /** The label of a map type code; an unknown code is emitted raw, as Django does. */
  public static String mapType(String code) {
    return MAP_TYPES.getOrDefault(code, code);
  }

  /** The label of an analysis level code, or null for null. */
  public static String analysisLevel(String code) {
    return code == null ? null : ANALYSIS_LEVELS.getOrDefault(code, code);
  }
}
