package io.github.nvfetch.cli;

import io.github.nvfetch.core.internal.NearMisses;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The warnings about a finished harvest, for what would otherwise look like an empty result:
 * Neurosynth giving no words at all (nilearn's warning, with the address that failed), and a term
 * on a field that none of the records read has (a typo, with "did you mean").
 */
final class RunWarnings {

  /** nilearn's warning when no word weight could be loaded, word for word. */
  static final String NILEARN_NO_WORDS =
      "No word weight could be loaded, vectorizing " + "Neurosynth words failed.";

  /** The public Neurosynth decode service, the default of --neurosynth-url. */
  static final String PUBLIC_NEUROSYNTH = "https://neurosynth.org/api/v2/decode/";

  private RunWarnings() {}

  /**
   * The warnings, in the order they are printed.
   *
   * @param job the harvest
   * @param report its result
   * @param progress its counters (fields seen, words problems)
   * @param neurosynthUrl the decode address used
   */
  static List<String> of(
      HarvestJob job, HarvestReport report, HarvestRecorder progress, String neurosynthUrl) {
    List<String> warnings = new ArrayList<>();
    if (noWordsLoaded(report)) {
      warnings.add(
          NILEARN_NO_WORDS
              + " Neurosynth at "
              + neurosynthUrl
              + " gave no words for "
              + "any of the "
              + report.dataset().fetched().size()
              + " images"
              + progress.firstWordsProblem().map(p -> " (first: " + p + ")").orElse("")
              + (PUBLIC_NEUROSYNTH.equals(neurosynthUrl)
                  ? "; it may be down, the images are fine."
                  : "; the default --neurosynth-url is the public service "
                      + PUBLIC_NEUROSYNTH
                      + "."));
    }
    if (report.progress().expected() == 0 && report.dataset().fetched().isEmpty()) {
      unknownFields("image", job.imageTermKeys(), progress.imageFields(), warnings);
      unknownFields("collection", job.collectionTermKeys(), progress.collectionFields(), warnings);
    }
    return warnings;
  }

  private static boolean noWordsLoaded(HarvestReport report) {
    return report.wordsRequested()
        && !report.dataset().fetched().isEmpty()
        && report.dataset().fetched().stream().noneMatch(image -> image.wordsFile().isPresent());
  }

  private static void unknownFields(
      String kind, Set<String> keys, Set<String> seen, List<String> warnings) {
    if (seen.isEmpty()) {
      return; // no record read: nothing to compare with
    }
    for (String key : keys) {
      if (!seen.contains(key)) {
        warnings.add(
            "no "
                + kind
                + " record had a field '"
                + key
                + "'"
                + NearMisses.of(key, seen)
                    .map(meant -> "; did you mean '" + meant + "'?")
                    .orElse(" (the term selects nothing)"));
      }
    }
  }
}
