package io.github.nvfetch.examples;

import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.NeuroVaultDataset;
import io.github.nvfetch.reactor.NeuroVault;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Neurosynth annotations: nilearn's {@code fetch_neurovault(max_images=5,
 * fetch_neurosynth_words=True)}. Each image gets its words file; the dataset's {@code vocabulary}
 * is the sorted union of the words and {@code wordFrequencies[i][j]} the weight of word j for image
 * i (0 where absent). Neurosynth being down means images without words, never a failed harvest.
 *
 * <p>Run: {@code ./nvfetch example neurosynth [--base-url https://neurovault.org]}
 */
public final class NeurosynthWords {

  private NeurosynthWords() {}

  /** Runs the example; arguments: {@code [--base-url URL] [--data-dir DIR]}. */
  public static void main(String[] args) {
    try (ExampleEnvironment env = ExampleEnvironment.fromArgs(args, FilteredExample.CORPUS)) {
      run(env);
    }
  }

  /** Fetches 5 images with their words, prints the vocabulary and each image's top word. */
  public static NeuroVaultDataset run(ExampleEnvironment env) {
    FetchRequest request =
        FetchRequest.builder()
            .maxImages(5)
            .fetchNeurosynthWords(true)
            .dataDir(env.dataDir())
            .build();
    NeuroVaultDataset dataset = NeuroVault.fetchNeurovault(env.client(), request);
    Show.dataset(dataset, env.out());
    printWords(dataset, env.out());
    return dataset;
  }

  private static void printWords(NeuroVaultDataset dataset, PrintStream out) {
    if (dataset.vocabulary().isEmpty()) {
      out.println("no words: Neurosynth did not answer (the images are fine)");
      return;
    }
    List<String> vocabulary = dataset.vocabulary().get();
    double[][] frequencies = dataset.wordFrequencies().orElseThrow();
    out.println(
        "vocabulary: "
            + vocabulary.size()
            + " words, e.g. "
            + vocabulary.subList(0, Math.min(8, vocabulary.size())));
    out.println("word frequencies: " + frequencies.length + " x " + vocabulary.size());
    for (int i = 0; i < frequencies.length; i++) {
      int best = 0;
      for (int j = 1; j < vocabulary.size(); j++) {
        best = frequencies[i][j] > frequencies[i][best] ? j : best;
      }
      out.println(
          String.format(
              Locale.ROOT,
              "  image %d: strongest word '%s' (%.3f)",
              dataset.fetched().get(i).imageId(),
              vocabulary.get(best),
              frequencies[i][best]));
    }
  }
}
