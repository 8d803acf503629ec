package io.github.nvfetch.core;

import io.github.nvfetch.core.internal.DatasetDescription;
import io.github.nvfetch.core.internal.MetadataTableWriter;
import io.github.nvfetch.core.words.WordVectorizer;
import io.github.nvfetch.core.words.WordVectors;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The result of a harvest, shaped like the Bunch nilearn's {@code fetch_neurovault} returns: {@link
 * #images()} (file paths), {@link #imagesMeta()}, {@link #collectionsMeta()} (one entry per image,
 * as in nilearn), {@link #description()}, and when words were vectorized {@link #vocabulary()} and
 * {@link #wordFrequencies()}. It adds {@link #failures()}: the images that could not be fetched,
 * with their reasons. The metadata tables export to CSV and JSON Lines.
 *
 * <p>Immutable.
 */
public final class NeuroVaultDataset {

  /** Which metadata table to export. */
  public enum Table {
    /** One row per image: {@link #imagesMeta()}. */
    IMAGES,
    /** One row per distinct collection, in first-seen order. */
    COLLECTIONS
  }

  private final List<FetchedImage> fetched;
  private final List<FailedImage> failures;
  private final @Nullable WordVectors words;

  private NeuroVaultDataset(
      List<FetchedImage> fetched, List<FailedImage> failures, @Nullable WordVectors words) {
    this.fetched = List.copyOf(fetched);
    this.failures = List.copyOf(failures);
    this.words = words;
  }

  /**
   * Assembles a dataset. When {@code vectorizeWords} is set, the words files of the images are read
   * and vectorized (blocking file I/O).
   */
  public static NeuroVaultDataset of(
      List<FetchedImage> fetched, List<FailedImage> failures, boolean vectorizeWords) {
    Objects.requireNonNull(fetched, "fetched");
    Objects.requireNonNull(failures, "failures");
    WordVectors words = null;
    if (vectorizeWords) {
      List<Optional<Path>> files = new ArrayList<>(fetched.size());
      fetched.forEach(image -> files.add(image.wordsFile()));
      words = WordVectorizer.vectorizeFiles(files);
    }
    return new NeuroVaultDataset(fetched, failures, words);
  }

  /** The fetched images with all their details, in result order. */
  public List<FetchedImage> fetched() {
    return fetched;
  }

  /** Paths of the image files, in result order. */
  public List<Path> images() {
    return fetched.stream().map(FetchedImage::file).toList();
  }

  /** Image metadata with path fields, in result order. */
  public List<ImageMeta> imagesMeta() {
    return fetched.stream().map(FetchedImage::image).toList();
  }

  /** Collection metadata, one entry per image (repeated for images of one collection). */
  public List<CollectionMeta> collectionsMeta() {
    return fetched.stream().map(FetchedImage::collection).toList();
  }

  /** A text describing NeuroVault, this data and how to cite it. */
  public String description() {
    return DatasetDescription.TEXT;
  }

  /** Images that were selected or asked for but could not be fetched, with reasons. */
  public List<FailedImage> failures() {
    return failures;
  }

  /** The sorted vocabulary; empty when words were not vectorized or none could be loaded. */
  public Optional<List<String>> vocabulary() {
    return words == null || words.isEmpty() ? Optional.empty() : Optional.of(words.vocabulary());
  }

  /** Word weights, one row per image (a copy); present when {@link #vocabulary()} is. */
  public Optional<double[][]> wordFrequencies() {
    WordVectors vectors = words;
    return vectors == null || vectors.isEmpty()
        ? Optional.empty()
        : Optional.of(vectors.frequencies());
  }

  /** The vectorization result with its warning, when words were vectorized. */
  public Optional<WordVectors> wordVectors() {
    return Optional.ofNullable(words);
  }

  /** Writes a metadata table as CSV (one column per field, union of keys), atomically. */
  public void writeCsv(Table table, Path target) {
    MetadataTableWriter.writeCsv(rows(table), target);
  }

  /** Writes a metadata table as JSON Lines (one JSON object per line), atomically. */
  public void writeJsonLines(Table table, Path target) {
    MetadataTableWriter.writeJsonLines(rows(table), target);
  }

  private List<Map<String, Object>> rows(Table table) {
    if (table == Table.IMAGES) {
      return imagesMeta().stream().map(Metadata::asMap).toList();
    }
    Map<Long, Map<String, Object>> distinct = new LinkedHashMap<>();
    collectionsMeta().forEach(c -> distinct.putIfAbsent(c.id(), c.asMap()));
    return new ArrayList<>(distinct.values());
  }

  @Override
  public String toString() {
    return "NeuroVaultDataset{images="
        + fetched.size()
        + ", failures="
        + failures.size()
        + ", vocabulary="
        + vocabulary().map(List::size).orElse(0)
        + "}";
  }
}
