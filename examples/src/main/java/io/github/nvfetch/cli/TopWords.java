package io.github.nvfetch.cli;

import io.github.nvfetch.core.NeuroVaultDataset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The words of a dataset's vocabulary with the largest total weight over its images. */
public final class TopWords {

  private TopWords() {}

  /**
   * One word and its total weight.
   *
   * @param word the word
   * @param totalWeight the sum of its weights over every image
   */
  public record WordWeight(String word, double totalWeight) {}

  /**
   * The {@code n} words of largest total weight, largest first (ties: alphabetical order); empty
   * when the dataset has no vocabulary.
   */
  public static List<WordWeight> of(NeuroVaultDataset dataset, int n) {
    List<String> vocabulary = dataset.vocabulary().orElse(List.of());
    double[][] frequencies = dataset.wordFrequencies().orElse(new double[0][]);
    List<WordWeight> all = new ArrayList<>(vocabulary.size());
    for (int j = 0; j < vocabulary.size(); j++) {
      double total = 0;
      for (double[] row : frequencies) {
        total += row[j];
      }
      all.add(new WordWeight(vocabulary.get(j), total));
    }
    all.sort(
        Comparator.comparingDouble(WordWeight::totalWeight)
            .reversed()
            .thenComparing(WordWeight::word));
    return all.subList(0, Math.min(n, all.size()));
  }
}
