package io.github.nvfetch.core;

import io.github.nvfetch.core.filter.DefaultTerms;
import io.github.nvfetch.core.filter.ResultFilter;
import io.github.nvfetch.core.filter.Terms;
import io.github.nvfetch.core.internal.CollectionIdMove;
import io.github.nvfetch.core.internal.DefaultFilterWarnings;
import io.github.nvfetch.core.internal.NilearnDataDir;
import io.github.nvfetch.core.internal.RequestJsonParser;
import io.github.nvfetch.core.volume.Interpolation;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A filtered harvest: nilearn's {@code fetch_neurovault(...)} parameters. Immutable; built with
 * {@link #builder()} (validated at build) or read from JSON with {@link #fromJson(String)}.
 *
 * <p>Defaults are nilearn's: at most {@value #DEFAULT_MAX_IMAGES} images, the default terms of
 * {@link DefaultTerms} for collections and images, no filter predicates, {@link Mode#DOWNLOAD_NEW},
 * no Neurosynth words, words vectorized when fetched. The data directory defaults to nilearn's (see
 * {@link Builder#dataDir(Path)}).
 *
 * <p>Extra image terms ({@link Builder#imageTerm(String, Object)}, nilearn's keyword arguments) are
 * merged over the image terms: a term of the same key is replaced, the other terms (defaults
 * included) stay. Then nilearn's {@code collection_id} rule applies: an image term {@code
 * collection_id} moves to the collection term {@code id} unless the collection terms already hold a
 * different {@code id}, in which case both stay and a warning is recorded.
 */
public final class FetchRequest implements HarvestRequest {

  /** nilearn's default {@code max_images}. */
  public static final int DEFAULT_MAX_IMAGES = 100;

  private final @Nullable Integer maxImages;
  private final @Nullable Integer downloadConcurrency;
  private final Terms collectionTerms;
  private final @Nullable Predicate<? super CollectionMeta> collectionFilter;
  private final Terms imageTerms;
  private final @Nullable Predicate<? super ImageMeta> imageFilter;
  private final Terms extraImageTerms;
  private final Mode mode;
  private final Path dataDir;
  private final boolean fetchNeurosynthWords;
  private final boolean vectorizeWords;
  private final boolean verifyFiles;
  private final boolean resume;
  private final boolean resample;
  private final Interpolation interpolation;
  private final Terms effectiveImageTerms;
  private final Terms effectiveCollectionTerms;
  private final List<String> warnings;

  private FetchRequest(Builder builder) {
    this.maxImages = builder.maxImages;
    this.downloadConcurrency = builder.downloadConcurrency;
    this.collectionTerms = orDefault(builder.collectionTerms, DefaultTerms.collections());
    this.collectionFilter = builder.collectionFilter;
    this.imageTerms = orDefault(builder.imageTerms, DefaultTerms.images());
    this.imageFilter = builder.imageFilter;
    this.extraImageTerms = builder.extraImageTerms.build();
    this.mode = builder.mode;
    this.dataDir =
        builder.dataDir == null
            ? NilearnDataDir.resolveDefault()
            : builder.dataDir.toAbsolutePath();
    this.fetchNeurosynthWords = builder.fetchNeurosynthWords;
    this.vectorizeWords = builder.vectorizeWords;
    this.verifyFiles = builder.verifyFiles;
    this.resume = builder.resume;
    this.resample = builder.resample;
    this.interpolation = builder.interpolation;
    CollectionIdMove move =
        CollectionIdMove.apply(imageTerms.merge(extraImageTerms), collectionTerms);
    this.effectiveImageTerms = move.imageTerms();
    this.effectiveCollectionTerms = move.collectionTerms();
    List<String> found =
        new ArrayList<>(
            DefaultFilterWarnings.of(
                imageTerms, imageFilter != null, collectionTerms, collectionFilter != null));
    move.warning().ifPresent(found::add);
    this.warnings = Collections.unmodifiableList(found);
  }

  private static Terms orDefault(@Nullable Terms given, Terms fallback) {
    return given == null ? fallback : given;
  }

  /** A builder with nilearn's defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A request with every default: nilearn's {@code fetch_neurovault()}. */
  public static FetchRequest defaults() {
    return builder().build();
  }

  /**
   * Reads a declarative JSON request (see the README for the format): {@code max_images}, {@code
   * mode}, {@code collection_terms}, {@code image_terms}, {@code image_filter}, {@code
   * collection_filter}, {@code fetch_neurosynth_words}, {@code vectorize_words}, {@code resample},
   * {@code interpolation}, {@code data_dir}; any other key is an extra image term.
   *
   * @throws RequestFormatException naming the JSON path of the first problem
   */
  public static FetchRequest fromJson(String json) {
    return RequestJsonParser.parseFetchRequest(json);
  }

  /**
   * Reads a declarative JSON request (as {@link #fromJson(String)}) from {@code reader}, which is
   * closed after.
   *
   * @throws RequestFormatException naming the JSON path of the first problem
   * @throws java.io.UncheckedIOException when the reader fails
   */
  public static FetchRequest fromJson(Reader reader) {
    return fromJson(RequestJsonParser.text(reader));
  }

  /**
   * Reads a declarative JSON request (as {@link #fromJson(String)}) from a UTF-8 file.
   *
   * @throws RequestFormatException naming the JSON path of the first problem
   * @throws java.io.UncheckedIOException when the file cannot be read
   */
  public static FetchRequest fromJson(Path file) {
    return fromJson(RequestJsonParser.text(file));
  }

  /** The most images to return, or empty for no limit. {@code 0} means an empty result. */
  @Override
  public OptionalInt maxImages() {
    return maxImages == null ? OptionalInt.empty() : OptionalInt.of(maxImages);
  }

  /** The collection terms as given, or the defaults; {@link Terms#of()} means none. */
  public Terms collectionTerms() {
    return collectionTerms;
  }

  /** The collection predicate; always true when none was given. */
  public Predicate<? super CollectionMeta> collectionFilter() {
    return collectionFilter == null ? always() : collectionFilter;
  }

  /** The image terms as given, or the defaults, before the extra image terms are merged. */
  public Terms imageTerms() {
    return imageTerms;
  }

  /** The image predicate; always true when none was given. */
  public Predicate<? super ImageMeta> imageFilter() {
    return imageFilter == null ? always() : imageFilter;
  }

  /** The extra image terms (nilearn's keyword arguments), in the order given. */
  public Terms extraImageTerms() {
    return extraImageTerms;
  }

  /** The image terms that select images: image terms, merged extra terms, minus a moved id. */
  public Terms effectiveImageTerms() {
    return effectiveImageTerms;
  }

  /** The collection terms that select collections, with a moved {@code collection_id} as id. */
  public Terms effectiveCollectionTerms() {
    return effectiveCollectionTerms;
  }

  /**
   * Whether a collection or image filter (a predicate, beyond the terms) was given. A predicate
   * cannot be compared with the one of an earlier run, so such a request never resumes a walk.
   */
  public boolean hasFilters() {
    return collectionFilter != null || imageFilter != null;
  }

  /**
   * The complete image selection: the effective image terms and then the image filter. Terms are
   * checked first, as nilearn's {@code ResultFilter(image_terms).AND(image_filter)}.
   */
  public Predicate<ImageMeta> imageSelection() {
    Terms terms = effectiveImageTerms;
    Predicate<? super ImageMeta> filter = imageFilter();
    return image -> terms.test(image) && filter.test(image);
  }

  /**
   * The complete collection selection: every effective collection term (also those the server
   * applies, re-checked locally), then the collection filter.
   */
  public Predicate<CollectionMeta> collectionSelection() {
    Terms terms = effectiveCollectionTerms;
    Predicate<? super CollectionMeta> filter = collectionFilter();
    return collection -> terms.test(collection) && filter.test(collection);
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

  /**
   * Whether the server walk continues where the walk recorded in the data directory for the same
   * selection stopped (default false), instead of listing every collection again. Images already
   * stored count towards {@code maxImages} as in any {@code download_new} run; see the README's
   * section on resuming for what may differ from an uninterrupted run.
   */
  public boolean resume() {
    return resume;
  }

  /** Whether to build the vocabulary and word frequencies when words are fetched. */
  @Override
  public boolean vectorizeWords() {
    return vectorizeWords;
  }

  /**
   * Whether images are resampled onto nilearn's 3 mm standard grid before they are stored
   * (nilearn's {@code resample}); default false.
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

  /**
   * The warnings nilearn issues for these parameters before any work, in nilearn's order: a filter
   * given while the default terms still apply (images, then collections), then contradictory
   * collection ids. Empty when there is nothing to say.
   */
  @Override
  public List<String> warnings() {
    return warnings;
  }

  /**
   * The image files this harvest downloads at the same time at most, when lowered below the
   * client's download concurrency (which it never exceeds); empty: the client's.
   */
  @Override
  public OptionalInt downloadConcurrency() {
    return downloadConcurrency == null ? OptionalInt.empty() : OptionalInt.of(downloadConcurrency);
  }

  /** A builder holding every parameter of this request. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.maxImages = maxImages;
    builder.downloadConcurrency = downloadConcurrency;
    builder.collectionTerms = collectionTerms;
    builder.collectionFilter = collectionFilter;
    builder.imageTerms = imageTerms;
    builder.imageFilter = imageFilter;
    builder.extraImageTerms = extraImageTerms.toBuilder();
    builder.mode = mode;
    builder.dataDir = dataDir;
    builder.fetchNeurosynthWords = fetchNeurosynthWords;
    builder.vectorizeWords = vectorizeWords;
    builder.verifyFiles = verifyFiles;
    builder.resume = resume;
    builder.resample = resample;
    builder.interpolation = interpolation;
    return builder;
  }

  @SuppressWarnings("UnnecessaryLambda") // one generic method serves both metadata types
  private static <T> Predicate<T> always() {
    return anything -> true;
  }

  @Override
  public String toString() {
    return "FetchRequest{maxImages="
        + (maxImages == null ? "None" : maxImages)
        + ", collectionTerms="
        + effectiveCollectionTerms
        + ", imageTerms="
        + effectiveImageTerms
        + ", collectionFilter="
        + (collectionFilter != null)
        + ", imageFilter="
        + (imageFilter != null)
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
        + (resume ? ", resume=true" : "")
        + "}";
  }

  /** Collects the parameters of a {@link FetchRequest}; every setter is optional. */
  public static final class Builder {

    private @Nullable Integer maxImages = DEFAULT_MAX_IMAGES;
    private @Nullable Integer downloadConcurrency;
    private @Nullable Terms collectionTerms;
    private @Nullable Predicate<? super CollectionMeta> collectionFilter;
    private boolean collectionFilterSetToNull;
    private @Nullable Terms imageTerms;
    private @Nullable Predicate<? super ImageMeta> imageFilter;
    private boolean imageFilterSetToNull;
    private Terms.Builder extraImageTerms = Terms.builder();
    private Mode mode = Mode.DOWNLOAD_NEW;
    private @Nullable Path dataDir;
    private boolean fetchNeurosynthWords;
    private boolean vectorizeWords = true;
    private boolean verifyFiles;
    private boolean resume;
    private boolean resample;
    private Interpolation interpolation = Interpolation.CONTINUOUS;

    private Builder() {}

    /**
     * The most images to return (default {@value FetchRequest#DEFAULT_MAX_IMAGES}). As in nilearn,
     * {@code null} or a negative value means no limit and {@code 0} an empty result.
     */
    public Builder maxImages(@Nullable Integer maxImages) {
      this.maxImages = maxImages == null || maxImages < 0 ? null : maxImages;
      return this;
    }

    /** No limit on the number of images (nilearn's {@code max_images=None}). */
    public Builder noLimit() {
      return maxImages(null);
    }

    /**
     * Replaces the default collection terms; {@link Terms#of()} means no terms and {@code null}
     * restores the defaults ({@link DefaultTerms#collections()}).
     */
    public Builder collectionTerms(@Nullable Terms collectionTerms) {
      this.collectionTerms = collectionTerms;
      return this;
    }

    /** A predicate collections must also satisfy. Must not be null. */
    public Builder collectionFilter(Predicate<? super CollectionMeta> collectionFilter) {
      this.collectionFilter = collectionFilter;
      this.collectionFilterSetToNull = collectionFilter == null;
      return this;
    }

    /** nilearn's {@code collection_filter=ResultFilter(...)}: the filter collections must pass. */
    public Builder collectionFilter(ResultFilter collectionFilter) {
      return collectionFilter(
          Objects.requireNonNull(collectionFilter, "collectionFilter")
              .<CollectionMeta>asPredicate());
    }

    /**
     * Replaces the default image terms; {@link Terms#of()} means no terms and {@code null} restores
     * the defaults ({@link DefaultTerms#images()}).
     */
    public Builder imageTerms(@Nullable Terms imageTerms) {
      this.imageTerms = imageTerms;
      return this;
    }

    /** A predicate images must also satisfy. Must not be null. */
    public Builder imageFilter(Predicate<? super ImageMeta> imageFilter) {
      this.imageFilter = imageFilter;
      this.imageFilterSetToNull = imageFilter == null;
      return this;
    }

    /** nilearn's {@code image_filter=ResultFilter(...)}: the filter images must pass. */
    public Builder imageFilter(ResultFilter imageFilter) {
      return imageFilter(
          Objects.requireNonNull(imageFilter, "imageFilter").<ImageMeta>asPredicate());
    }

    /**
     * One extra image term (nilearn's keyword argument, e.g. {@code map_type="Z map"}): merged over
     * the image terms, replacing a term of the same key; a later call with the same key replaces an
     * earlier one. {@code collection_id} moves to the collection term {@code id}.
     *
     * @param value a plain value (Python equality; {@code null} means {@code == None}) or a {@link
     *     io.github.nvfetch.core.filter.ValueMatcher}
     * @throws IllegalArgumentException for a blank key or a value outside the metadata model
     */
    public Builder imageTerm(String key, @Nullable Object value) {
      if (key == null || key.isEmpty()) {
        throw new IllegalArgumentException("an image term key must not be empty");
      }
      extraImageTerms.put(key, value);
      return this;
    }

    /** When to read from disk and when to download (default {@link Mode#DOWNLOAD_NEW}). */
    public Builder mode(Mode mode) {
      this.mode = mode;
      return this;
    }

    /**
     * The nilearn data directory; files go to its {@code neurovault} sub-directory. Made absolute.
     * By default (or with {@code null}) nilearn's: the first of {@code $NILEARN_SHARED_DATA},
     * {@code $NILEARN_DATA} and {@code ~/nilearn_data} that already has a {@code neurovault}
     * directory, else the first of them that is set.
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
     * Continues the server walk recorded in the data directory for the same selection (default
     * false). Only for {@link Mode#DOWNLOAD_NEW}: an overwrite run rewrites every image and an
     * offline run walks nothing.
     */
    public Builder resume(boolean resume) {
      this.resume = resume;
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
     * @throws IllegalArgumentException when a filter or the mode was set to null, the data
     *     directory is an empty path, or {@code resume} is asked for in another mode than {@code
     *     download_new}
     */
    public FetchRequest build() {
      if (imageFilterSetToNull) {
        throw new IllegalArgumentException("imageFilter must not be null");
      }
      if (collectionFilterSetToNull) {
        throw new IllegalArgumentException("collectionFilter must not be null");
      }
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
      if (resume && mode != Mode.DOWNLOAD_NEW) {
        throw new IllegalArgumentException(
            "resume continues a download_new walk; mode is " + mode.nilearnName());
      }
      return new FetchRequest(this);
    }
  }
}
