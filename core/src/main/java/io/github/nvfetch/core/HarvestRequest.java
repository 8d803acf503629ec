package io.github.nvfetch.core;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

/**
 * A harvest to run: a filtered one ({@link FetchRequest}, nilearn's {@code fetch_neurovault}) or
 * one by ids ({@link IdsRequest}, nilearn's {@code fetch_neurovault_ids}). Requests are immutable
 * data; the harvest engine builds the selection from them.
 */
public sealed interface HarvestRequest permits FetchRequest, IdsRequest {

  /** How the local store is used. */
  Mode mode();

  /** The data directory (absolute); files go to {@code <dataDir>/neurovault}. */
  Path dataDir();

  /** Whether Neurosynth words are fetched for each image. */
  boolean fetchNeurosynthWords();

  /** Whether fetched words are vectorized into the dataset. */
  boolean vectorizeWords();

  /** The most images to return, or empty for no limit (an ids harvest has none). */
  OptionalInt maxImages();

  /** The most image files in flight for this harvest, when it lowers the client's. */
  OptionalInt downloadConcurrency();

  /** Whether images already on disk are checked (gzip and NIfTI header) before use. */
  boolean verifyFiles();

  /** nilearn's warnings about the parameters (none for an ids harvest). */
  List<String> warnings();

  /** True when words are both fetched and vectorized, as nilearn's result needs them. */
  default boolean wordsVectorized() {
    return fetchNeurosynthWords() && vectorizeWords();
  }
}
