package io.github.nvfetch.testkit.internal.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * A discrete distribution over values, built from (value, weight) pairs. Immutable.
 *
 * @param <T> the value type
 */
public final class Weighted<T> {

  private final List<T> values;
  private final double[] cumulative;

  private Weighted(List<T> values, double[] cumulative) {
    this.values = values;
    this.cumulative = cumulative;
  }

  /**
   * Builds a distribution from alternating values and weights, e.g. {@code of("a", 3.0, "b", 1.0)}.
   *
   * @param pairs value, weight, value, weight, ...
   * @param <T> the value type
   * @return the distribution
   */
  @SuppressWarnings("unchecked")
  public static <T> Weighted<T> of(Object... pairs) {
    List<T> values = new ArrayList<>();
    double[] cumulative = new double[pairs.length / 2];
    double total = 0;
    for (int i = 0; i < pairs.length; i += 2) {
      values.add((T) pairs[i]);
      total += ((Number) pairs[i + 1]).doubleValue();
      cumulative[i / 2] = total;
    }
    for (int i = 0; i < cumulative.length; i++) {
      cumulative[i] /= total;
    }
    return new Weighted<>(List.copyOf(values), cumulative);
  }

  /** Draws one value. */
  public T draw(Rng rng) {
    double u = rng.nextDouble();
    for (int i = 0; i < cumulative.length; i++) {
      if (u < cumulative[i]) {
        return values.get(i);
      }
    }
    return values.get(values.size() - 1);
  }
}
