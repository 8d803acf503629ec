package io.github.nvfetch.core.internal.regex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Which code points a literal matches under Python's Unicode IGNORECASE: {@code ch} matches {@code
 * c} when {@code lower(ch)} is {@code lower(c)} or one of its extra cases ({@link
 * PythonCategories#EXTRA_CASES}). Java's own case-insensitive literal differs (it leaves {@code ß}
 * unfolded, for one), so literals are emitted as these explicit sets.
 */
final class CaseFolding {

  private static final Map<Integer, int[]> EXTRA = extraCases();
  private static volatile Map<Integer, List<Integer>> lowercasedFrom;

  private CaseFolding() {}

  /** The code points that match {@code codePoint} under Unicode IGNORECASE, ascending. */
  static int[] equivalents(int codePoint) {
    int lower = Character.toLowerCase(codePoint);
    TreeSet<Integer> result = new TreeSet<>();
    result.add(codePoint);
    addLowercasingTo(lower, result);
    for (int extra : EXTRA.getOrDefault(lower, new int[0])) {
      addLowercasingTo(extra, result);
    }
    return result.stream().mapToInt(Integer::intValue).toArray();
  }

  @SuppressWarnings("NonApiType") // private: the set is sorted for the caller
  private static void addLowercasingTo(int lower, TreeSet<Integer> result) {
    if (Character.toLowerCase(lower) == lower) {
      result.add(lower);
    }
    result.addAll(reverseLowercase().getOrDefault(lower, List.of()));
  }

  /** For each lowercase code point, the other code points whose lowercase it is. */
  private static Map<Integer, List<Integer>> reverseLowercase() {
    Map<Integer, List<Integer>> map = lowercasedFrom;
    if (map == null) {
      map = new HashMap<>();
      for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
        int lower = Character.toLowerCase(cp);
        if (lower != cp) {
          map.computeIfAbsent(lower, k -> new ArrayList<>()).add(cp);
        }
      }
      lowercasedFrom = map;
    }
    return map;
  }

  private static Map<Integer, int[]> extraCases() {
    Map<Integer, int[]> map = new HashMap<>();
    for (int[] row : PythonCategories.EXTRA_CASES) {
      int[] others = new int[row.length - 1];
      System.arraycopy(row, 1, others, 0, others.length);
      map.put(row[0], others);
    }
    return map;
  }
}
