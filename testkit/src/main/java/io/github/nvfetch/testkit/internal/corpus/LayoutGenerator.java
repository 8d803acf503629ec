package io.github.nvfetch.testkit.internal.corpus;

import io.github.nvfetch.testkit.CorpusSpec;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Generates the {@link CorpusLayout} of a spec: sparse ascending collection ids, an uneven spread
 * of images over collections (lognormal sizes, about 8% empty), sparse image ids ascending along
 * collections, and private collections with unique 8-letter tokens.
 */
public final class LayoutGenerator {

  /** Fraction of collections created empty. */
  static final double EMPTY_RATE = 0.08;

  private LayoutGenerator() {}

  /**
   * Generates the layout.
   *
   * @param spec the corpus spec
   * @param hostileImages number of hostile images to put in one extra public collection at the end
   *     (0 = none)
   * @return the layout
   */
  public static CorpusLayout generate(CorpusSpec spec, int hostileImages) {
    long seed = spec.seed();
    int regular = spec.collections();
    int n = regular + (hostileImages > 0 ? 1 : 0);
    int[] counts = Arrays.copyOf(spreadImages(seed, regular, spec.images()), n);
    if (hostileImages > 0) {
      counts[regular] = hostileImages;
    }
    boolean[] privateFlags =
        Arrays.copyOf(choosePrivate(seed, regular, spec.privateCollectionRate()), n);
    long[] collectionIds = collectionIds(seed, n);
    long[] firstImageIds = new long[n];
    byte[] steps = new byte[n];
    imageIds(seed, counts, firstImageIds, steps);
    String[] tokens = new String[n];
    Map<String, Integer> byToken = new HashMap<>();
    for (int p = 0; p < n; p++) {
      if (privateFlags[p]) {
        tokens[p] = uniqueToken(seed, collectionIds[p], byToken);
        byToken.put(tokens[p], p);
      }
    }
    return new CorpusLayout(
        collectionIds, counts, firstImageIds, steps, privateFlags, tokens, byToken);
  }

  static int[] spreadImages(long seed, int collections, long images) {
    double[] weights = new double[collections];
    double total = 0;
    for (int c = 0; c < collections; c++) {
      Rng rng = Rng.of(seed, Salt.IMAGE_COUNTS, c);
      weights[c] = rng.chance(EMPTY_RATE) ? 0 : Math.exp(1.3 * rng.gaussian());
      total += weights[c];
    }
    if (total == 0) {
      weights[0] = 1;
      total = 1;
    }
    int[] counts = new int[collections];
    long assigned = 0;
    for (int c = 0; c < collections; c++) {
      counts[c] = (int) Math.floor(images * weights[c] / total);
      assigned += counts[c];
    }
    for (int c = 0; assigned < images; c = (c + 1) % collections) {
      if (weights[c] > 0) {
        counts[c]++;
        assigned++;
      }
    }
    return counts;
  }

  static boolean[] choosePrivate(long seed, int collections, double rate) {
    boolean[] flags = new boolean[collections];
    int wanted =
        rate <= 0 || collections < 2 ? 0 : (int) Math.max(1, Math.round(collections * rate));
    IntStream.range(0, collections)
        .boxed()
        .sorted(Comparator.comparingLong(c -> Rng.of(seed, Salt.PRIVACY, c).nextLong()))
        .limit(Math.min(wanted, collections - 1))
        .forEach(c -> flags[c] = true);
    return flags;
  }

  static long[] collectionIds(long seed, int n) {
    long[] ids = new long[n];
    long id = 1L + Rng.of(seed, Salt.COLLECTION_IDS, -1).nextInt(5);
    for (int p = 0; p < n; p++) {
      ids[p] = id;
      Rng rng = Rng.of(seed, Salt.COLLECTION_IDS, p);
      id += 1 + (rng.chance(0.3) ? rng.between(1, 4) : 0);
    }
    return ids;
  }

  static void imageIds(long seed, int[] counts, long[] firstImageIds, byte[] steps) {
    long cursor = Rng.of(seed, Salt.IMAGE_IDS, -1).between(10, 60);
    for (int p = 0; p < counts.length; p++) {
      Rng rng = Rng.of(seed, Salt.IMAGE_IDS, p);
      steps[p] = (byte) (rng.chance(0.2) ? 2 : 1);
      firstImageIds[p] = cursor + rng.between(1, 30);
      cursor = firstImageIds[p] + (long) counts[p] * steps[p];
    }
  }

  static String uniqueToken(long seed, long collectionId, Map<String, Integer> taken) {
    Rng rng = Rng.of(seed, Salt.TOKENS, collectionId);
    while (true) {
      StringBuilder token = new StringBuilder(8);
      for (int i = 0; i < 8; i++) {
        token.append((char) ('A' + rng.nextInt(26)));
      }
      if (!taken.containsKey(token.toString())) {
        return token.toString();
      }
    }
  }
}
