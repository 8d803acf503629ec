package io.github.nvfetch.core;

import io.github.nvfetch.core.filter.IsIn;
import io.github.nvfetch.core.filter.ResultFilter;
import io.github.nvfetch.core.filter.Terms;
import io.github.nvfetch.core.internal.NilearnDataDir;
import io.github.nvfetch.core.internal.RequestJsonParser;
import io.github.nvfetch.core.volume.Interpolation;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A harvest of explicit collections and images: nilearn's {@code fetch_neurovault_ids(...)}. Whole
 * collections and single images, with no default terms and no limit. Immutable; built with {@link
 * #builder()} (validated at build) or read from JSON with {@link #fromJson(String)}.
 *
 * <p>Ids keep the order given, with duplicates removed (first occurrence kept): a deliberate fix
 * over nilearn, which iterates a Python set.
 */
public final class IdsRequest implements HarvestRequest {

  private final List<Long> collectionIds;
  private final List<Long> imageIds;
  private final Mode mode;
  private final Path dataDir;
  private final boolean fetchNeurosynthWords;
  private final boolean vectorizeWords;
  private final @Nullable Integer downloadConcurrency;
  private final boolean verifyFiles;
  private final boolean resample;
  private final Interpolation interpolation;

  private IdsRequest(Builder builder) {
    this.collectionIds = distinct(builder.collectionIds);
    this.imageIds = distinct(builder.imageIds);
    this.mode = builder.mode;
    this.dataDir =
        builder.dataDir == null
            ? NilearnDataDir.resolveDefault()
            : builder.dataDir.toAbsolutePath();
    this.fetchNeurosynthWords = builder.fetchNeurosynthWords;
    this.vectorizeWords = builder.vectorizeWords;
    this.downloadConcurrency = builder.downloadConcurrency;
    this.verifyFiles = builder.verifyFiles;
    this.resample = builder.resample;
    this.interpolation = builder.interpolation;
  }

  private static List<Long> distinct(long[] ids) {
    LinkedHashSet<Long> unique = new LinkedHashSet<>();
    for (long id : ids) {
      unique.add(id);
    }
    return Collections.unmodifiableList(new ArrayList<>(unique));
  }

  /** A builder with no ids and nilearn's defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a declarative JSON ids request: {@code collection_ids}, {@code image_ids}, {@code mode},
   * {@code fetch_neurosynth_words}, {@code vectorize_words}, {@code data_dir}. Any other key is an
   * error.
   *
   * @throws RequestFormatException naming the JSON path of the first problem
   */
  public static IdsRequest fromJson(String json) {
    return RequestJsonParser.parseIdsRequest(json);
  }

  /**
   * Reads a declarative JSON request (as {@link #fromJson(String)}) from {@code reader}, which is
   * closed after.
   *
   * @throws RequestFormatException naming the JSON path of the first problem
   * @throws java.io.UncheckedIOException when the reader fails
   */
  public static IdsRequest fromJson(Reader reader) {
    return fromJson(RequestJsonParser.text(reader));
  }

  /**
   * Reads a declarative JSON request (as {@link #fromJson(String)}) from a UTF-8 file.
   *
   * @throws RequestFormatException naming the JSON path of the first problem
   * @throws java.io.UncheckedIOException when the file cannot be read
   */
  public static IdsRequest fromJson(Path file) {
    return fromJson(RequestJsonParser.text(file));
  }

  /** The collections to fetch whole, in order, without duplicates. */
  public List<Long> collectionIds() {
    return collectionIds;
  }

  /** The single images to fetch, in order, without duplicates. */
  public List<Long> imageIds() {
    return imageIds;
  }

  /**
   * nilearn's local selection in ids mode: an image is wanted when its {@code id} is one of the
   * image ids or its {@code collection_id} one of the collection ids.
   */
  public Predicate<ImageMeta> imageSelection() {
    ResultFilter wanted =
        ResultFilter.of(Terms.of("id", IsIn.ofAll(imageIds)))
            .or(ResultFilter.of(Terms.of("collection_id", IsIn.ofAll(collectionIds))));
    return wanted::test;
  }

  /** What to read from disk and what to download. */
  @Override
  public Mode mode() {
    return mode;
  }

  /** The nilearn data directory, absolute; files go to its {@code neurovault} sub-directory. */
  @Override
  public Path dataDir() {
    return dataDir;
  }

  /** Whether to fetch Neurosynth words for each image. */
  @Override
  public boolean fetchNeurosynthWords() {
    return fetchNeurosynthWords;
  }

  /**
   * Whether every image file already in the store is inflated whole and checked before it is
   * returned (default false: a quick check of size, gzip and NIfTI headers and the gzip trailer). A
   * stored file failing either check is downloaded again (offline: skipped).
   */
  @Override
  public boolean verifyFiles() {
    return verifyFiles;
  }

  /** Whether to build the vocabulary and word frequencies when words are fetched. */
  @Override
  public boolean vectorizeWords() {
    return vectorizeWords;
  }

  /** An ids harvest has no limit: always empty. */
  @Override
  public OptionalInt maxImages() {
    return OptionalInt.empty();
  }

  /** An ids harvest has no parameter nilearn warns about: always empty. */
  @Override
  public List<String> warnings() {
    return List.of();
  }

  /**
   * The image files this harvest downloads at the same time at most, when lowered below the
   * client's download concurrency (which it never exceeds); empty: the client's.
   */
  @Override
  public OptionalInt downloadConcurrency() {
    return downloadConcurrency == null ? OptionalInt.empty() : OptionalInt.of(downloadConcurrency);
  }

  /**
   * Whether images are resampled onto nilearn's 3 mm standard grid before they are stored
   * (nilearn's {@code resample}; nilearn's ids call always uses continuous, this SDK accepts any
   * interpolation); default false.
   */
  @Override
  public boolean resample() {
    return resample;
  }

  /** The interpolation used when resampling (default {@link Interpolation#CONTINUOUS}). */
  @Override
  public Interpolation interpolation() {
    return interpolation;
  }

  /** A builder holding every parameter of this request. */
  public Builder toBuilder() {
    return builder()
        .collectionIds(collectionIds.stream().mapToLong(Long::longValue).toArray())
        .imageIds(imageIds.stream().mapToLong(Long::longValue).toArray())
        .mode(mode)
        .dataDir(dataDir)
        .fetchNeurosynthWords(fetchNeurosynthWords)
        .vectorizeWords(vectorizeWords)
        .verifyFiles(verifyFiles)
        .downloadConcurrency(downloadConcurrency)
        .resample(resample)
        .interpolation(interpolation);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof IdsRequest)) {
      return false;
    }
    IdsRequest that = (IdsRequest) other;
    return collectionIds.equals(that.collectionIds)
        && imageIds.equals(that.imageIds)
        && mode == that.mode
        && dataDir.equals(that.dataDir)
        && fetchNeurosynthWords == that.fetchNeurosynthWords
        && vectorizeWords == that.vectorizeWords
        && verifyFiles == that.verifyFiles
        && Objects.equals(downloadConcurrency, that.downloadConcurrency)
        && resample == that.resample
        && interpolation == that.interpolation;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        collectionIds,
        imageIds,
        mode,
        dataDir,
        fetchNeurosynthWords,
        vectorizeWords,
        verifyFiles,
        downloadConcurrency,
        resample,
        interpolation);
  }

  @Override
  public String toString() {
    return "IdsRequest{collectionIds="
        + collectionIds
        + ", imageIds="
        + imageIds
        + ", mode="
        + mode.nilearnName()
        + ", dataDir="
        + dataDir
        + ", fetchNeurosynthWords="
        + fetchNeurosynthWords
        + ", vectorizeWords="
        + vectorizeWords
        + (verifyFiles ? ", verifyFiles=true" : "")
        + (resample ? ", resample=true, interpolation=" + interpolation.nilearnName() : "")
        + "}";
  }

  /** Collects the parameters of an {@link IdsRequest}; every setter is optional. */
  public static final class Builder {

    private long[] collectionIds = new long[0];
    private long[] imageIds = new long[0];
    private Mode mode = Mode.DOWNLOAD_NEW;
    private @Nullable Path dataDir;
    private boolean fetchNeurosynthWords;
    private boolean vectorizeWords = true;
    private @Nullable Integer downloadConcurrency;
    private boolean verifyFiles;
    private boolean resample;
    private Interpolation interpolation = Interpolation.CONTINUOUS;

    private Builder() {}

    /** The collections to fetch whole (replaces earlier ids); must be positive. */
    public Builder collectionIds(long... collectionIds) {
      this.collectionIds = collectionIds == null ? new long[0] : collectionIds.clone();
      return this;
    }

    /** The single images to fetch (replaces earlier ids); must be positive. */
    public Builder imageIds(long... imageIds) {
      this.imageIds = imageIds == null ? new long[0] : imageIds.clone();
      return this;
    }

    /** When to read from disk and when to download (default {@link Mode#DOWNLOAD_NEW}). */
    public Builder mode(Mode mode) {
      this.mode = mode;
      return this;
    }

    /**
     * The nilearn data directory, made absolute; {@code null} means nilearn's default (see {@link
     * FetchRequest.Builder#dataDir(Path)}).
     */
    public Builder dataDir(@Nullable Path dataDir) {
      this.dataDir = dataDir;
      return this;
    }

    /** Whether to fetch Neurosynth words for each image (default false). */
    public Builder fetchNeurosynthWords(boolean fetchNeurosynthWords) {
      this.fetchNeurosynthWords = fetchNeurosynthWords;
      return this;
    }

    /**
     * Whether to inflate and check every stored file whole before returning it, instead of the
     * quick check (default false). Files failing the check are downloaded again.
     */
    public Builder verifyFiles(boolean verifyFiles) {
      this.verifyFiles = verifyFiles;
      return this;
    }

    /** Whether to vectorize fetched words (default true). */
    public Builder vectorizeWords(boolean vectorizeWords) {
      this.vectorizeWords = vectorizeWords;
      return this;
    }

    /**
     * Lowers this harvest's download concurrency below the client's (a value above the client's has
     * no effect), e.g. for a background harvest sharing the client with interactive calls. At least
     * 1; {@code null} restores the client's.
     */
    public Builder downloadConcurrency(@Nullable Integer downloadConcurrency) {
      this.downloadConcurrency = downloadConcurrency;
      return this;
    }

    /**
     * Whether to resample every image onto nilearn's 3 mm standard grid ({@link
     * io.github.nvfetch.core.volume.Resampling#standardAffine()}) before storing it as {@code
     * image_<id>_resampled.nii.gz}; the original is then not kept (default false).
     */
    public Builder resample(boolean resample) {
      this.resample = resample;
      return this;
    }

    /** The interpolation for resampling (default {@link Interpolation#CONTINUOUS}). */
    public Builder interpolation(Interpolation interpolation) {
      this.interpolation = interpolation;
      return this;
    }

    /**
     * Validates the parameters and builds the request.
     *
     * @throws IllegalArgumentException for an id that is not positive, a null mode or an empty data
     *     directory path
     */
    public IdsRequest build() {
      requirePositive("collection", collectionIds);
      requirePositive("image", imageIds);
      if (downloadConcurrency != null && downloadConcurrency < 1) {
        throw new IllegalArgumentException(
            "downloadConcurrency must be at least 1, was " + downloadConcurrency);
      }
      if (mode == null) {
        throw new IllegalArgumentException("mode must not be null");
      }
      if (interpolation == null) {
        throw new IllegalArgumentException("interpolation must not be null");
      }
      if (dataDir != null && dataDir.toString().isEmpty()) {
        throw new IllegalArgumentException("dataDir must not be an empty path");
      }
      return new IdsRequest(this);
    }

    private static void requirePositive(String kind, long[] ids) {
      for (int i = 0; i < ids.length; i++) {
        if (ids[i] <= 0) {
          throw new IllegalArgumentException(
              kind + " ids must be positive, found " + ids[i] + " at index " + i);
        }
      }
    }
  }
}
