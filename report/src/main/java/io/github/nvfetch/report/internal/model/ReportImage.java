package io.github.nvfetch.report.internal.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One image as the report shows it. Text fields are raw server text: the page escapes them.
 *
 * @param id the image id
 * @param collectionId its collection id
 * @param name the image name, when known
 * @param collectionName the collection name, when known
 * @param mapType the map type, when known
 * @param modality the modality, when known
 * @param subjects the number of subjects, when known
 * @param page the image's NeuroVault page (an http or https URL)
 * @param file the image file on disk
 * @param downloaded whether it was downloaded by this harvest (else found on disk)
 * @param topWords the strongest Neurosynth words, strongest first
 */
public record ReportImage(
    long id,
    long collectionId,
    Optional<String> name,
    Optional<String> collectionName,
    Optional<String> mapType,
    Optional<String> modality,
    OptionalLong subjects,
    String page,
    Path file,
    boolean downloaded,
    List<Map.Entry<String, Double>> topWords) {

  /** Copies the word list. */
  public ReportImage {
    topWords = List.copyOf(topWords);
  }
}
