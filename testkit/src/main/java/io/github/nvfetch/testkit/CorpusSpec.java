package io.github.nvfetch.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What corpus the replica generates: every record and file is a pure function of this spec and an
 * id. Immutable; build with {@link #builder()}.
 */
public final class CorpusSpec {

  /** The API key accepted by default in {@code Authorization: Token <key>}. */
  public static final String DEFAULT_API_KEY = "replica-token";

  /** The spec with every default: seed 42, 30 collections, 300 images. */
  public static final CorpusSpec DEFAULT = builder().build();

  private final long seed;
  private final int collections;
  private final long images;
  private final boolean realisticFileSize;
  private final double missingFileRate;
  private final double corruptFileRate;
  private final double privateCollectionRate;
  private final List<String> apiKeys;
  private final boolean collectionFiltersHonoured;
  private final LinkScheme linkScheme;
  private final boolean hostileRecords;
  private final VolumeMix volumes;

  private CorpusSpec(Builder b) {
    this.seed = b.seed;
    this.collections = b.collections;
    this.images = b.images;
    this.realisticFileSize = b.realisticFileSize;
    this.missingFileRate = b.missingFileRate;
    this.corruptFileRate = b.corruptFileRate;
    this.privateCollectionRate = b.privateCollectionRate;
    this.apiKeys = List.copyOf(b.apiKeys);
    this.collectionFiltersHonoured = b.collectionFiltersHonoured;
    this.linkScheme = b.linkScheme;
    this.hostileRecords = b.hostileRecords;
    this.volumes = b.volumes;
  }

  /** A builder holding every default. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder pre-filled with this spec's values. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The seed of every generated value. */
  public long seed() {
    return seed;
  }

  /** Number of generated collections, private ones included (hostile records add one more). */
  public int collections() {
    return collections;
  }

  /**
   * Number of generated images, those of private collections included (hostile records add a few
   * more).
   */
  public long images() {
    return images;
  }

  /**
   * Whether files are 91x109x91 float32 maps of about 1 MB compressed, instead of tiny ones of a
   * few KB.
   */
  public boolean realisticFileSize() {
    return realisticFileSize;
  }

  /** Fraction of images whose file answers 404. */
  public double missingFileRate() {
    return missingFileRate;
  }

  /** Fraction of images whose file is served damaged. */
  public double corruptFileRate() {
    return corruptFileRate;
  }

  /** Fraction of private collections (at least one when positive). */
  public double privateCollectionRate() {
    return privateCollectionRate;
  }

  /** Keys accepted in {@code Authorization: Token <key>}. */
  public List<String> apiKeys() {
    return apiKeys;
  }

  /**
   * Whether {@code DOI}, {@code name}, {@code owner} on {@code /api/collections/} filter by exact
   * match.
   */
  public boolean collectionFiltersHonoured() {
    return collectionFiltersHonoured;
  }

  /** The scheme of emitted links. */
  public LinkScheme linkScheme() {
    return linkScheme;
  }

  /** Whether the hostile records of {@link HostileImageIds} are added. */
  public boolean hostileRecords() {
    return hostileRecords;
  }

  /** Which files are served: uniform (tiny or realistic) or a varied mix. */
  public VolumeMix volumes() {
    return volumes;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CorpusSpec other
        && seed == other.seed
        && collections == other.collections
        && images == other.images
        && realisticFileSize == other.realisticFileSize
        && missingFileRate == other.missingFileRate
        && corruptFileRate == other.corruptFileRate
        && privateCollectionRate == other.privateCollectionRate
        && apiKeys.equals(other.apiKeys)
        && collectionFiltersHonoured == other.collectionFiltersHonoured
        && linkScheme == other.linkScheme
        && hostileRecords == other.hostileRecords
        && volumes == other.volumes;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        seed,
        collections,
        images,
        realisticFileSize,
        missingFileRate,
        corruptFileRate,
        privateCollectionRate,
        apiKeys,
        collectionFiltersHonoured,
        linkScheme,
        hostileRecords,
        volumes);
  }

  @Override
  public String toString() {
    return "CorpusSpec{seed="
        + seed
        + ", collections="
        + collections
        + ", images="
        + images
        + ", realisticFileSize="
        + realisticFileSize
        + ", missingFileRate="
        + missingFileRate
        + ", corruptFileRate="
        + corruptFileRate
        + ", privateCollectionRate="
        + privateCollectionRate
        + ", apiKeys="
        + apiKeys.size()
        + ", collectionFiltersHonoured="
        + collectionFiltersHonoured
        + ", linkScheme="
        + linkScheme
        + ", hostileRecords="
        + hostileRecords
        + ", volumes="
        + volumes
        + '}';
  }

  /** Mutable builder of {@link CorpusSpec}; {@link #build()} validates. */
  public static final class Builder {
    private long seed = 42;
    private int collections = 30;
    private long images = 300;
    private boolean realisticFileSize;
    private double missingFileRate;
    private double corruptFileRate;
    private double privateCollectionRate = 0.03;
    private List<String> apiKeys = new ArrayList<>(List.of(DEFAULT_API_KEY));
    private boolean collectionFiltersHonoured;
    private LinkScheme linkScheme = LinkScheme.HTTP;
    private boolean hostileRecords;
    private VolumeMix volumes = VolumeMix.UNIFORM;

    private Builder() {}

    private Builder(CorpusSpec s) {
      seed = s.seed;
      collections = s.collections;
      images = s.images;
      realisticFileSize = s.realisticFileSize;
      missingFileRate = s.missingFileRate;
      corruptFileRate = s.corruptFileRate;
      privateCollectionRate = s.privateCollectionRate;
      apiKeys = new ArrayList<>(s.apiKeys);
      collectionFiltersHonoured = s.collectionFiltersHonoured;
      linkScheme = s.linkScheme;
      hostileRecords = s.hostileRecords;
      volumes = s.volumes;
    }

    /** Sets the seed (default 42). */
    public Builder seed(long value) {
      this.seed = value;
      return this;
    }

    /** Sets the number of collections, 1 to 1,000,000 (default 30). */
    public Builder collections(int value) {
      this.collections = value;
      return this;
    }

    /** Sets the number of images, 0 to 100,000,000 (default 300). */
    public Builder images(long value) {
      this.images = value;
      return this;
    }

    /** Serves realistic 91x109x91 float32 files instead of tiny ones (default false). */
    public Builder realisticFileSize(boolean value) {
      this.realisticFileSize = value;
      return this;
    }

    /** Sets the fraction of missing files, in [0, 1] (default 0). */
    public Builder missingFileRate(double value) {
      this.missingFileRate = value;
      return this;
    }

    /** Sets the fraction of corrupt files, in [0, 1] (default 0). */
    public Builder corruptFileRate(double value) {
      this.corruptFileRate = value;
      return this;
    }

    /**
     * Sets the fraction of private collections, in [0, 1) (default 0.03; at least one when
     * positive).
     */
    public Builder privateCollectionRate(double value) {
      this.privateCollectionRate = value;
      return this;
    }

    /** Replaces the accepted API keys (default {@code "replica-token"}). */
    public Builder apiKeys(List<String> values) {
      this.apiKeys = new ArrayList<>(Objects.requireNonNull(values, "apiKeys"));
      return this;
    }

    /** Adds one accepted API key. */
    public Builder apiKey(String value) {
      this.apiKeys.add(value);
      return this;
    }

    /**
     * Makes {@code DOI}/{@code name}/{@code owner} filter {@code /api/collections/} (default false:
     * ignored).
     */
    public Builder collectionFiltersHonoured(boolean value) {
      this.collectionFiltersHonoured = value;
      return this;
    }

    /** Sets the scheme of emitted links (default {@link LinkScheme#HTTP}). */
    public Builder linkScheme(LinkScheme value) {
      this.linkScheme = value;
      return this;
    }

    /** Adds the hostile records of {@link HostileImageIds} (default false). */
    public Builder hostileRecords(boolean value) {
      this.hostileRecords = value;
      return this;
    }

    /**
     * Sets which files are served (default {@link VolumeMix#UNIFORM}); {@link VolumeMix#VARIED}
     * excludes {@link #realisticFileSize(boolean)}.
     */
    public Builder volumes(VolumeMix value) {
      this.volumes = value;
      return this;
    }

    /**
     * Validates and builds.
     *
     * @return the spec
     * @throws IllegalArgumentException if a value is out of range
     */
    public CorpusSpec build() {
      require(
          collections >= 1 && collections <= 1_000_000,
          "collections must be in [1, 1000000]: " + collections);
      require(images >= 0 && images <= 100_000_000L, "images must be in [0, 100000000]: " + images);
      requireRate("missingFileRate", missingFileRate);
      requireRate("corruptFileRate", corruptFileRate);
      require(
          missingFileRate + corruptFileRate <= 1.0,
          "missingFileRate + corruptFileRate must not exceed 1");
      require(
          privateCollectionRate >= 0 && privateCollectionRate < 1,
          "privateCollectionRate must be in [0, 1): " + privateCollectionRate);
      require(linkScheme != null, "linkScheme must not be null");
      require(volumes != null, "volumes must not be null");
      require(
          !(realisticFileSize && volumes == VolumeMix.VARIED),
          "realisticFileSize applies to uniform volumes only: varied volumes have their own sizes");
      for (String key : apiKeys) {
        require(
            key != null && !key.isBlank() && key.chars().noneMatch(Character::isWhitespace),
            "apiKeys must be non-blank and without whitespace: '" + key + "'");
      }
      return new CorpusSpec(this);
    }

    private static void requireRate(String name, double value) {
      require(value >= 0 && value <= 1, name + " must be in [0, 1]: " + value);
    }

    private static void require(boolean ok, String message) {
      if (!ok) {
        throw new IllegalArgumentException(message);
      }
    }
  }
}
