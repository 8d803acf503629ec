package io.github.nvfetch.testkit.internal.corpus;

import java.util.List;

/**
 * A tiny SplitMix64 generator whose output is fixed by this source file (not by the JDK), so that
 * corpora stay byte-identical across Java versions. Not thread-safe; create one per record.
 */
public final class Rng {

  private static final long GOLDEN = 0x9E3779B97F4A7C15L;
  private long state;

  private Rng(long state) {
    this.state = state;
  }

  /**
   * A generator for one purpose of one entity.
   *
   * @param seed the corpus (or fault) seed
   * @param salt what the values are for (a constant per use)
   * @param id the entity id
   * @return a fresh generator
   */
  public static Rng of(long seed, long salt, long id) {
    return new Rng(mix(mix(seed ^ mix(salt)) + id * GOLDEN));
  }

  /** The SplitMix64 finalizer: a bijective 64-bit hash. */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** A uniform double in [0, 1) from one 64-bit hash. */
  public static double unit(long hash) {
    return (hash >>> 11) * 0x1.0p-53;
  }

  /** The next 64 random bits. */
  public long nextLong() {
    state += GOLDEN;
    return mix(state);
  }

  /** A uniform double in [0, 1). */
  public double nextDouble() {
    return unit(nextLong());
  }

  /** A uniform int in [0, bound). */
  public int nextInt(int bound) {
    return (int) Math.floorMod(nextLong(), (long) bound);
  }

  /** A uniform int in [min, max]. */
  public int between(int min, int max) {
    return min + nextInt(max - min + 1);
  }

  /** True with the given probability. */
  public boolean chance(double probability) {
    return nextDouble() < probability;
  }

  /** A standard normal draw (Box-Muller). */
  public double gaussian() {
    double u = 1.0 - nextDouble();
    double v = nextDouble();
    return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** A uniformly chosen element. */
  public <T> T pick(List<T> values) {
    return values.get(nextInt(values.size()));
  }

  /** A uniformly chosen element. */
  public String pick(String[] values) {
    return values[nextInt(values.length)];
  }

  /** A double rounded to the given number of decimals, uniform in [min, max). */
  public double decimal(double min, double max, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.round((min + (max - min) * nextDouble()) * scale) / scale;
  }
}
