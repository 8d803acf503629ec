package io.github.nvfetch.testkit;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The faults the replica injects. Immutable; build with {@link #builder()}. Every switch combines
 * with every other.
 *
 * <p>Random decisions are deterministic: each is drawn from a hash of ({@link #seed()}, the
 * request's method, path and query, the number of earlier requests with that exact method, path and
 * query, and the kind of fault), so a retried request gets a fresh but reproducible draw whatever
 * the interleaving of other requests.
 *
 * <p>The nginx-like limits apply per client IP to every NeuroVault route (not to Neurosynth, a
 * different service, nor to {@code /_replica/}): {@code limit_req} with rate R/s and burst B in
 * nodelay mode (B + 1 requests may arrive at once, then one every 1/R s) and {@code limit_conn} on
 * concurrent in-flight requests. Excess requests are answered at once with 503 and no {@code
 * Retry-After}.
 */
public final class Faults {

  private static final Faults NONE = builder().build();

  private final long seed;
  private final Map<RouteClass, Latency> latency;
  private final double latencyScale;
  private final double rateLimitPerSecond;
  private final int rateLimitBurst;
  private final int maxInFlightPerClient;
  private final double serverErrorRate;
  private final double tooManyRequestsRate;
  private final int retryAfterSeconds;
  private final RetryAfterForm retryAfterForm;
  private final Set<RouteClass> errorRouteClasses;
  private final double resetMidBodyRate;
  private final double shortBodyRate;
  private final double malformedJsonRate;
  private final Set<Long> poisonImageIds;
  private final Set<Long> poisonCollectionIds;
  private final int poisonPageThreshold;
  private final boolean neurosynthDown;
  private final boolean neurosynthMalformed;

  private Faults(Builder b) {
    seed = b.seed;
    latency = Collections.unmodifiableMap(new EnumMap<>(b.latency));
    latencyScale = b.latencyScale;
    rateLimitPerSecond = b.rateLimitPerSecond;
    rateLimitBurst = b.rateLimitBurst;
    maxInFlightPerClient = b.maxInFlightPerClient;
    serverErrorRate = b.serverErrorRate;
    tooManyRequestsRate = b.tooManyRequestsRate;
    retryAfterSeconds = b.retryAfterSeconds;
    retryAfterForm = b.retryAfterForm;
    errorRouteClasses = Collections.unmodifiableSet(EnumSet.copyOf(b.errorRouteClasses));
    resetMidBodyRate = b.resetMidBodyRate;
    shortBodyRate = b.shortBodyRate;
    malformedJsonRate = b.malformedJsonRate;
    poisonImageIds = Collections.unmodifiableSet(new TreeSet<>(b.poisonImageIds));
    poisonCollectionIds = Collections.unmodifiableSet(new TreeSet<>(b.poisonCollectionIds));
    poisonPageThreshold = b.poisonPageThreshold;
    neurosynthDown = b.neurosynthDown;
    neurosynthMalformed = b.neurosynthMalformed;
  }

  /** No fault at all. */
  public static Faults none() {
    return NONE;
  }

  /** A builder with no fault. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder pre-filled with these faults. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The seed of every random fault decision. */
  public long seed() {
    return seed;
  }

  /**
   * The latency of a route class ({@link Latency#NONE} when not set), before {@link
   * #latencyScale()}.
   */
  public Latency latency(RouteClass routeClass) {
    return latency.getOrDefault(routeClass, Latency.NONE);
  }

  /** The factor applied to every latency (1 = as configured, 0 = none). */
  public double latencyScale() {
    return latencyScale;
  }

  /** The {@code limit_req} rate per client IP in requests per second; 0 = no rate limit. */
  public double rateLimitPerSecond() {
    return rateLimitPerSecond;
  }

  /** The {@code limit_req} burst: this many requests beyond the rate are let through at once. */
  public int rateLimitBurst() {
    return rateLimitBurst;
  }

  /** The {@code limit_conn} bound on concurrent in-flight requests per client IP; 0 = unbounded. */
  public int maxInFlightPerClient() {
    return maxInFlightPerClient;
  }

  /** Fraction of requests answered with a random 500, 502 or 504. */
  public double serverErrorRate() {
    return serverErrorRate;
  }

  /** Fraction of requests answered 429 with {@code Retry-After}. */
  public double tooManyRequestsRate() {
    return tooManyRequestsRate;
  }

  /** The delay announced by injected 429 answers, in seconds. */
  public int retryAfterSeconds() {
    return retryAfterSeconds;
  }

  /** The form of the {@code Retry-After} header of injected 429 answers. */
  public RetryAfterForm retryAfterForm() {
    return retryAfterForm;
  }

  /** The route classes that random 5xx and 429 answers apply to (default all). */
  public Set<RouteClass> errorRouteClasses() {
    return errorRouteClasses;
  }

  /** Fraction of file answers whose connection is reset (RST) after part of the body. */
  public double resetMidBodyRate() {
    return resetMidBodyRate;
  }

  /**
   * Fraction of file answers that send fewer bytes than their {@code Content-Length}, then close.
   */
  public double shortBodyRate() {
    return shortBodyRate;
  }

  /**
   * Fraction of API JSON answers (pages and records) sent as status 200 with a truncated, invalid
   * body.
   */
  public double malformedJsonRate() {
    return malformedJsonRate;
  }

  /** Image ids whose presence makes a list page answer 500 when its limit exceeds the threshold. */
  public Set<Long> poisonImageIds() {
    return poisonImageIds;
  }

  /**
   * Collection ids whose presence makes a collection list page answer 500 when its limit exceeds
   * the threshold.
   */
  public Set<Long> poisonCollectionIds() {
    return poisonCollectionIds;
  }

  /** A page holding a poison record fails only when its effective limit is larger than this. */
  public int poisonPageThreshold() {
    return poisonPageThreshold;
  }

  /** Whether Neurosynth answers 502 to everything. */
  public boolean neurosynthDown() {
    return neurosynthDown;
  }

  /** Whether Neurosynth answers 200 with malformed JSON. */
  public boolean neurosynthMalformed() {
    return neurosynthMalformed;
  }

  /** Whether any random (drawn) fault is enabled. */
  public boolean hasRandomFaults() {
    return serverErrorRate > 0
        || tooManyRequestsRate > 0
        || resetMidBodyRate > 0
        || shortBodyRate > 0
        || malformedJsonRate > 0
        || latency.values().stream().anyMatch(l -> !l.jitter().isZero());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Faults f
        && seed == f.seed
        && latency.equals(f.latency)
        && latencyScale == f.latencyScale
        && rateLimitPerSecond == f.rateLimitPerSecond
        && rateLimitBurst == f.rateLimitBurst
        && maxInFlightPerClient == f.maxInFlightPerClient
        && serverErrorRate == f.serverErrorRate
        && tooManyRequestsRate == f.tooManyRequestsRate
        && retryAfterSeconds == f.retryAfterSeconds
        && retryAfterForm == f.retryAfterForm
        && errorRouteClasses.equals(f.errorRouteClasses)
        && resetMidBodyRate == f.resetMidBodyRate
        && shortBodyRate == f.shortBodyRate
        && malformedJsonRate == f.malformedJsonRate
        && poisonImageIds.equals(f.poisonImageIds)
        && poisonCollectionIds.equals(f.poisonCollectionIds)
        && poisonPageThreshold == f.poisonPageThreshold
        && neurosynthDown == f.neurosynthDown
        && neurosynthMalformed == f.neurosynthMalformed;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        seed,
        latency,
        latencyScale,
        rateLimitPerSecond,
        rateLimitBurst,
        maxInFlightPerClient,
        serverErrorRate,
        tooManyRequestsRate,
        retryAfterSeconds,
        retryAfterForm,
        errorRouteClasses,
        resetMidBodyRate,
        shortBodyRate,
        malformedJsonRate,
        poisonImageIds,
        poisonCollectionIds,
        poisonPageThreshold,
        neurosynthDown,
        neurosynthMalformed);
  }

  @Override
  public String toString() {
    return "Faults{seed="
        + seed
        + ", latency="
        + latency
        + ", latencyScale="
        + latencyScale
        + ", limitReq="
        + rateLimitPerSecond
        + "r/s burst "
        + rateLimitBurst
        + ", limitConn="
        + maxInFlightPerClient
        + ", 5xx="
        + serverErrorRate
        + ", 429="
        + tooManyRequestsRate
        + " ("
        + retryAfterSeconds
        + "s "
        + retryAfterForm
        + "), errorRoutes="
        + errorRouteClasses
        + ", reset="
        + resetMidBodyRate
        + ", short="
        + shortBodyRate
        + ", malformed="
        + malformedJsonRate
        + ", poisonImages="
        + poisonImageIds
        + ", poisonCollections="
        + poisonCollectionIds
        + " (limit > "
        + poisonPageThreshold
        + ")"
        + ", neurosynthDown="
        + neurosynthDown
        + ", neurosynthMalformed="
        + neurosynthMalformed
        + '}';
  }

  /** Mutable builder of {@link Faults}; {@link #build()} validates. */
  public static final class Builder {
    private long seed;
    private final Map<RouteClass, Latency> latency = new EnumMap<>(RouteClass.class);
    private double latencyScale = 1.0;
    private double rateLimitPerSecond;
    private int rateLimitBurst;
    private int maxInFlightPerClient;
    private double serverErrorRate;
    private double tooManyRequestsRate;
    private int retryAfterSeconds = 1;
    private RetryAfterForm retryAfterForm = RetryAfterForm.MIXED;
    private Set<RouteClass> errorRouteClasses = EnumSet.allOf(RouteClass.class);
    private double resetMidBodyRate;
    private double shortBodyRate;
    private double malformedJsonRate;
    private final Set<Long> poisonImageIds = new TreeSet<>();
    private final Set<Long> poisonCollectionIds = new TreeSet<>();
    private int poisonPageThreshold = 10;
    private boolean neurosynthDown;
    private boolean neurosynthMalformed;

    private Builder() {}

    private Builder(Faults f) {
      seed = f.seed;
      latency.putAll(f.latency);
      latencyScale = f.latencyScale;
      rateLimitPerSecond = f.rateLimitPerSecond;
      rateLimitBurst = f.rateLimitBurst;
      maxInFlightPerClient = f.maxInFlightPerClient;
      serverErrorRate = f.serverErrorRate;
      tooManyRequestsRate = f.tooManyRequestsRate;
      retryAfterSeconds = f.retryAfterSeconds;
      retryAfterForm = f.retryAfterForm;
      errorRouteClasses = EnumSet.copyOf(f.errorRouteClasses);
      resetMidBodyRate = f.resetMidBodyRate;
      shortBodyRate = f.shortBodyRate;
      malformedJsonRate = f.malformedJsonRate;
      poisonImageIds.addAll(f.poisonImageIds);
      poisonCollectionIds.addAll(f.poisonCollectionIds);
      poisonPageThreshold = f.poisonPageThreshold;
      neurosynthDown = f.neurosynthDown;
      neurosynthMalformed = f.neurosynthMalformed;
    }

    /** Sets the seed of the random decisions (default 0). */
    public Builder seed(long value) {
      seed = value;
      return this;
    }

    /** Sets the latency of one route class. */
    public Builder latency(RouteClass routeClass, Latency value) {
      latency.put(
          Objects.requireNonNull(routeClass, "routeClass"),
          Objects.requireNonNull(value, "latency"));
      return this;
    }

    /** Sets the factor applied to every latency, at least 0 (default 1). */
    public Builder latencyScale(double value) {
      latencyScale = value;
      return this;
    }

    /** Sets nginx {@code limit_req}: rate per second per client (0 = off) and burst (nodelay). */
    public Builder rateLimit(double perSecond, int burst) {
      rateLimitPerSecond = perSecond;
      rateLimitBurst = burst;
      return this;
    }

    /** Sets nginx {@code limit_conn}: concurrent in-flight requests per client (0 = off). */
    public Builder maxInFlightPerClient(int value) {
      maxInFlightPerClient = value;
      return this;
    }

    /** Sets the fraction of random 500/502/504 answers, in [0, 1]. */
    public Builder serverErrorRate(double value) {
      serverErrorRate = value;
      return this;
    }

    /** Sets the fraction of 429 answers, in [0, 1]. */
    public Builder tooManyRequestsRate(double value) {
      tooManyRequestsRate = value;
      return this;
    }

    /** Sets the {@code Retry-After} delay of 429 answers in seconds, at least 0 (default 1). */
    public Builder retryAfterSeconds(int value) {
      retryAfterSeconds = value;
      return this;
    }

    /** Sets the {@code Retry-After} form (default {@link RetryAfterForm#MIXED}). */
    public Builder retryAfterForm(RetryAfterForm value) {
      retryAfterForm = value;
      return this;
    }

    /**
     * Restricts random 5xx and 429 answers to these route classes (default all; none = no such
     * faults).
     */
    public Builder errorRouteClasses(Collection<RouteClass> values) {
      errorRouteClasses =
          values.isEmpty() ? EnumSet.noneOf(RouteClass.class) : EnumSet.copyOf(values);
      return this;
    }

    /** Sets the fraction of file answers reset mid-body, in [0, 1]. */
    public Builder resetMidBodyRate(double value) {
      resetMidBodyRate = value;
      return this;
    }

    /** Sets the fraction of file answers shorter than their {@code Content-Length}, in [0, 1]. */
    public Builder shortBodyRate(double value) {
      shortBodyRate = value;
      return this;
    }

    /** Sets the fraction of API JSON answers with a malformed body, in [0, 1]. */
    public Builder malformedJsonRate(double value) {
      malformedJsonRate = value;
      return this;
    }

    /** Adds a poison image id. */
    public Builder poisonImage(long imageId) {
      poisonImageIds.add(imageId);
      return this;
    }

    /** Adds a poison collection id. */
    public Builder poisonCollection(long collectionId) {
      poisonCollectionIds.add(collectionId);
      return this;
    }

    /**
     * Sets the largest page limit that still succeeds with a poison record in it, at least 1
     * (default 10).
     */
    public Builder poisonPageThreshold(int value) {
      poisonPageThreshold = value;
      return this;
    }

    /** Makes Neurosynth answer 502. */
    public Builder neurosynthDown(boolean value) {
      neurosynthDown = value;
      return this;
    }

    /** Makes Neurosynth answer malformed JSON. */
    public Builder neurosynthMalformed(boolean value) {
      neurosynthMalformed = value;
      return this;
    }

    /**
     * Validates and builds.
     *
     * @return the faults
     * @throws IllegalArgumentException if a value is out of range
     */
    public Faults build() {
      require(
          latencyScale >= 0 && Double.isFinite(latencyScale),
          "latencyScale must be finite and >= 0");
      require(
          rateLimitPerSecond >= 0 && Double.isFinite(rateLimitPerSecond),
          "rate limit must be finite and >= 0");
      require(rateLimitBurst >= 0, "rate limit burst must be >= 0: " + rateLimitBurst);
      require(
          maxInFlightPerClient >= 0, "maxInFlightPerClient must be >= 0: " + maxInFlightPerClient);
      requireRate("serverErrorRate", serverErrorRate);
      requireRate("tooManyRequestsRate", tooManyRequestsRate);
      require(
          serverErrorRate + tooManyRequestsRate <= 1,
          "serverErrorRate + tooManyRequestsRate must not exceed 1");
      requireRate("resetMidBodyRate", resetMidBodyRate);
      requireRate("shortBodyRate", shortBodyRate);
      require(
          resetMidBodyRate + shortBodyRate <= 1,
          "resetMidBodyRate + shortBodyRate must not exceed 1");
      requireRate("malformedJsonRate", malformedJsonRate);
      require(retryAfterSeconds >= 0, "retryAfterSeconds must be >= 0: " + retryAfterSeconds);
      require(retryAfterForm != null, "retryAfterForm must not be null");
      require(poisonPageThreshold >= 1, "poisonPageThreshold must be >= 1: " + poisonPageThreshold);
      return new Faults(this);
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
