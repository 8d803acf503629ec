package io.github.nvfetch.core.words;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * nilearn's {@code neurosynth_words_vectorized}: the vocabulary is the lexicographically sorted
 * union of the words of every image, and row {@code i} holds the raw weights of image {@code i} (no
 * normalization, 0 where a word is absent). An unreadable, invalid or empty words file gives a row
 * of zeros. When no image has any word, the result is empty and carries a warning; nothing is
 * thrown.
 */
public final class WordVectorizer {

  /** The warning nilearn raises when nothing could be vectorized. */
  public static final String NO_WORDS_WARNING =
      "No word weight could be loaded, vectorizing Neurosynth words failed.";

  private static final Logger LOG = LoggerFactory.getLogger(WordVectorizer.class);

  private WordVectorizer() {}

  /** Vectorizes one words map per image, in order. */
  public static WordVectors vectorize(List<Map<String, Double>> rows) {
    TreeSet<String> words = new TreeSet<>();
    rows.forEach(row -> words.addAll(row.keySet()));
    if (words.isEmpty()) {
      LOG.warn(NO_WORDS_WARNING);
      return new WordVectors(List.of(), new double[0][], NO_WORDS_WARNING);
    }
    List<String> vocabulary = new ArrayList<>(words);
    double[][] matrix = new double[rows.size()][vocabulary.size()];
    for (int i = 0; i < rows.size(); i++) {
      for (Map.Entry<String, Double> entry : rows.get(i).entrySet()) {
        matrix[i][Collections.binarySearch(vocabulary, entry.getKey())] = entry.getValue();
      }
    }
    return new WordVectors(vocabulary, matrix, null);
  }

  /**
   * Vectorizes words files, one per image in order. An absent entry, a missing file or a file that
   * is not a usable decode answer gives a row of zeros (logged).
   */
  public static WordVectors vectorizeFiles(List<Optional<Path>> files) {
    List<Map<String, Double>> rows = new ArrayList<>(files.size());
    for (Optional<Path> file : files) {
      rows.add(file.map(WordVectorizer::read).orElse(Map.of()));
    }
    return vectorize(rows);
  }

  private static Map<String, Double> read(Path file) {
    try {
      Optional<Map<String, Double>> words = NeurosynthWords.parse(Files.readAllBytes(file));
      if (words.isEmpty()) {
        LOG.error("no usable word weights in {}", file);
      }
      return words.orElse(Map.of());
    } catch (IOException e) {
      LOG.error("cannot read words file {}: {}", file, e.getMessage());
      return Map.of();
    }
  }
}
