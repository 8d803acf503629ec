package io.github.nvfetch.core;

import io.github.nvfetch.core.internal.RequestJsonParser;
import io.github.nvfetch.core.volume.Interpolation;
import java.io.Reader;
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

  /**
   * Whether images are resampled onto nilearn's 3 mm standard grid and stored as {@code
   * image_<id>_resampled.nii.gz} (nilearn's {@code resample}).
   */
  boolean resample();

  /** The interpolation used when resampling (nilearn's {@code interpolation}). */
  Interpolation interpolation();

  /** nilearn's warnings about the parameters (none for an ids harvest). */
  List<String> warnings();

  /**
   * Reads a declarative JSON request: an {@link IdsRequest} when the document names {@code
   * collection_ids} or {@code image_ids}, a {@link FetchRequest} otherwise (see their {@code
   * fromJson} for the members).
   *
   * @throws RequestFormatException naming the JSON path of the first problem
   */
  static HarvestRequest fromJson(String json) {
    return RequestJsonParser.parseHarvestRequest(json);
  }

  /**
   * Reads a declarative JSON request (as {@link #fromJson(String)}) from {@code reader}, which is
   * closed after.
   *
   * @throws RequestFormatException naming the JSON path of the first problem
   * @throws java.io.UncheckedIOException when the reader fails
   */
  static HarvestRequest fromJson(Reader reader) {
    return fromJson(RequestJsonParser.text(reader));
  }

  /**
   * Reads a declarative JSON request (as {@link #fromJson(String)}) from a UTF-8 file.
   *
   * @throws RequestFormatException naming the JSON path of the first problem
   * @throws java.io.UncheckedIOException when the file cannot be read
   */
  static HarvestRequest fromJson(Path file) {
    return fromJson(RequestJsonParser.text(file));
  }

  /** True when words are both fetched and vectorized, as nilearn's result needs them. */
  default boolean wordsVectorized() {
    return fetchNeurosynthWords() && vectorizeWords();
  }
}
