package io.github.nvfetch.testkit.internal.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Deterministic Neurosynth decodings: 30 to 80 terms per image with Pearson r rounded to 3
 * decimals.
 */
public final class NeurosynthWords {

  private NeurosynthWords() {}

  /**
   * The decoding of an image.
   *
   * @param seed the corpus seed
   * @param imageId the image id
   * @param kind the image's kind (atlases decode to nothing)
   * @return term to r, sorted by term, unmodifiable
   */
  public static Map<String, Double> of(long seed, long imageId, ImageKind kind) {
    if (kind == ImageKind.ATLAS) {
      return Map.of();
    }
    Rng rng = Rng.of(seed, Salt.WORDS, imageId);
    List<String> terms = new ArrayList<>(NeuroTerms.TERMS);
    int n = rng.between(30, 80);
    Map<String, Double> words = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      int j = i + rng.nextInt(terms.size() - i);
      Collections.swap(terms, i, j);
      words.put(terms.get(i), r(rng));
    }
    return Collections.unmodifiableMap(words);
  }

  private static double r(Rng rng) {
    double r = Math.max(-0.6, Math.min(0.7, rng.gaussian() * 0.15 + 0.05));
    double rounded = Math.round(r * 1000) / 1000.0;
    return rounded == 0 ? 0.0 : rounded;
  }
}
