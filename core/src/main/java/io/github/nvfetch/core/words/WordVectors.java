package io.github.nvfetch.core.words;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The result of vectorizing Neurosynth words: a sorted vocabulary and a dense matrix with one row
 * per image and one column per word, holding raw weights (0 where a word is absent). Immutable:
 * accessors return copies.
 */
public final class WordVectors {

  private final List<String> vocabulary;
  private final double[][] frequencies;
  private final @Nullable String warning;

  WordVectors(List<String> vocabulary, double[][] frequencies, @Nullable String warning) {
    this.vocabulary = List.copyOf(vocabulary);
    this.frequencies = deepCopy(frequencies);
    this.warning = warning;
  }

  /** The sorted union of the words of every image. */
  public List<String> vocabulary() {
    return vocabulary;
  }

  /** {@code frequencies[i][j]}: weight of word {@code j} for image {@code i} (a copy). */
  public double[][] frequencies() {
    return deepCopy(frequencies);
  }

  /** Number of rows (images). */
  public int rows() {
    return frequencies.length;
  }

  /** True when no word weight could be loaded at all. */
  public boolean isEmpty() {
    return vocabulary.isEmpty();
  }

  /** The warning raised while vectorizing, e.g. when no word weight could be loaded. */
  public Optional<String> warning() {
    return Optional.ofNullable(warning);
  }

  private static double[][] deepCopy(double[][] matrix) {
    double[][] copy = new double[matrix.length][];
    for (int i = 0; i < matrix.length; i++) {
      copy[i] = matrix[i].clone();
    }
    return copy;
  }
}
