package com.example.nvfetch;

import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.NeuroVaultDataset;
import io.github.nvfetch.reactor.NeuroVault;
import io.github.nvfetch.reactor.NeuroVaultClient;
import java.nio.file.Path;
import java.util.List;

/** README, "Neurosynth annotations": words, vocabulary and word frequencies. */
public final class NeurosynthWords {

  private NeurosynthWords() {}

  /** Five images with their Neurosynth words. */
  public static NeuroVaultDataset run(NeuroVaultClient client, Path dataDir) {
    NeuroVaultDataset data = NeuroVault.fetchNeurovault(client, FetchRequest.builder()
        .fetchNeurosynthWords(true)
        .maxImages(5)
        .dataDir(dataDir)
        .build());
    List<String> vocabulary = data.vocabulary().orElse(List.of()); // sorted union of words
    double[][] frequencies = data.wordFrequencies().orElse(new double[0][0]); // [image][word]
    Path wordsOfFirst = data.fetched().get(0).wordsFile().orElseThrow();
    System.out.println(vocabulary.size() + " words, " + frequencies.length + " rows, "
        + wordsOfFirst.getFileName());
    return data;
  }
}
