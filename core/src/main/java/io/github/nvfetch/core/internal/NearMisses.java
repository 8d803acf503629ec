package io.github.nvfetch.core.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the known name a written name probably meant: the same letters in another case or spelling
 * ({@code maxImages}, {@code Max-Images}), a missing or extra {@code s}, or at most two letters
 * wrong (none for names shorter than six letters, so that {@code name}, {@code node} or {@code
 * model} are not taken for {@code mode}).
 */
public final class NearMisses {

  private static final int SHORT_NAME = 6;

  private NearMisses() {}

  /**
   * The known name {@code written} is a near miss of, if any ({@code written} itself excluded).
   *
   * @param written the name as written
   * @param known the names that exist
   * @return the closest known name within reach
   */
  public static Optional<String> of(String written, Collection<String> known) {
    String w = normalized(written);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      if (candidate.equals(written)) {
        return Optional.empty();
      }
      String c = normalized(candidate);
      int distance = c.equals(w) || singular(c).equals(singular(w)) ? 0 : distance(w, c);
      if (distance <= reach(c) && distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  private static int reach(String normalizedKnown) {
    return normalizedKnown.length() < SHORT_NAME ? 0 : 2;
  }

  private static String normalized(String name) {
    return name.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "").replace(" ", "");
  }

  private static String singular(String name) {
    return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
  }

  /** Levenshtein distance (insertions, deletions, substitutions). */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
