package io.github.nvfetch.bench.reliability;

import io.github.nvfetch.reactor.NeuroVaultClientBuilder;
import io.github.nvfetch.testkit.Corpus;
import io.github.nvfetch.testkit.Faults;
import io.github.nvfetch.testkit.Latency;
import io.github.nvfetch.testkit.RetryAfterForm;
import io.github.nvfetch.testkit.RouteClass;
import java.util.Comparator;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * The faults of the matrix, each with the replica settings that inject it, the evidence in the
 * replica's figures that it was really injected during a case, and the client tuning it needs.
 */
public enum FaultCase {

  /** 10% of all answers are a random 500, 502 or 504. */
  SERVER_ERRORS("5xx at 10%", (corpus, f) -> f.serverErrorRate(0.10), injected("server_error")),

  /** A quarter of file answers are cut by a TCP reset in the middle of the body. */
  RESETS(
      "connection reset mid-body",
      (corpus, f) -> f.resetMidBodyRate(0.25),
      injected("reset_mid_body")),

  /** A quarter of file answers end before their Content-Length. */
  TRUNCATED("truncated bodies", (corpus, f) -> f.shortBodyRate(0.25), injected("short_body")),

  /** 10% of answers are 429 with {@code Retry-After: 1}. */
  RETRY_AFTER_SECONDS(
      "429, Retry-After in seconds",
      (corpus, f) ->
          f.tooManyRequestsRate(0.10).retryAfterSeconds(1).retryAfterForm(RetryAfterForm.SECONDS),
      f -> f.tooManyRequests() > 0),

  /** 10% of answers are 429 with {@code Retry-After} as an HTTP date about 2 s ahead. */
  RETRY_AFTER_DATE(
      "429, Retry-After as HTTP date",
      (corpus, f) ->
          f.tooManyRequestsRate(0.10).retryAfterSeconds(1).retryAfterForm(RetryAfterForm.HTTP_DATE),
      f -> f.tooManyRequests() > 0),

  /**
   * nginx-like limits (20 requests/s, burst 5, 3 in flight) hit by a client sending up to 300
   * requests/s with 6 downloads at a time, files taking 100 ms (so the in-flight bound is exceeded
   * however slow the machine): a storm of 503 without {@code Retry-After}.
   */
  LIMITER_STORM(
      "503 storm from the limiter",
      (corpus, f) ->
          f.rateLimit(20, 5)
              .maxInFlightPerClient(3)
              .latency(RouteClass.FILE, Latency.ofMillis(100, 0)),
      f -> f.limiterRejections() > 0) {
    @Override
    NeuroVaultClientBuilder tune(NeuroVaultClientBuilder client) {
      return client.requestsPerSecond(300).downloadConcurrency(6).maxConnections(8);
    }
  },

  /**
   * A third of API answers are 200 with a truncated, invalid JSON body; pages of 3 records, so that
   * a harvest reads many pages.
   */
  MALFORMED_PAGES(
      "malformed JSON pages",
      (corpus, f) -> f.malformedJsonRate(0.33),
      injected("malformed_json")) {
    @Override
    NeuroVaultClientBuilder tune(NeuroVaultClientBuilder client) {
      return client.pageSize(3);
    }
  },

  /**
   * A poison image record (in the largest collection) and a poison collection record make every
   * page larger than 2 records that holds them answer 500.
   */
  POISON_RECORD("poison records (page shrinking)", FaultCase::poison, injected("poison_page")),

  /** Neurosynth answers 502 to everything while words are requested for every image. */
  NEUROSYNTH_DOWN(
      "Neurosynth down, words requested",
      (corpus, f) -> f.neurosynthDown(true),
      injected("neurosynth_down")) {
    @Override
    boolean wordsRequested() {
      return true;
    }
  },

  /**
   * The server is stopped once two images were downloaded (files take 150 ms, so others are in
   * flight), and a new one started on the same port.
   */
  SERVER_KILLED(
      "server killed and restarted mid-harvest",
      (corpus, f) -> f.latency(RouteClass.FILE, Latency.ofMillis(150, 0)),
      f -> f.serverKills() == 1) {
    @Override
    boolean killsServer() {
      return true;
    }
  };

  private final String label;
  private final BiFunction<Corpus, Faults.Builder, Faults.Builder> settings;
  private final Predicate<ReplicaFigures> evidence;

  FaultCase(
      String label,
      BiFunction<Corpus, Faults.Builder, Faults.Builder> settings,
      Predicate<ReplicaFigures> evidence) {
    this.label = label;
    this.settings = settings;
    this.evidence = evidence;
  }

  /** The replica faults of this case for a corpus (seeded per case). */
  Faults faults(Corpus corpus) {
    return settings.apply(corpus, Faults.builder().seed(1000L + ordinal())).build();
  }

  /** Whether the replica's figures show the fault really happened. */
  boolean wasInjected(ReplicaFigures figures) {
    return evidence.test(figures);
  }

  /** Client settings this case needs on top of the suite's. */
  NeuroVaultClientBuilder tune(NeuroVaultClientBuilder client) {
    return client;
  }

  /** Whether the harvest asks for Neurosynth words. */
  boolean wordsRequested() {
    return false;
  }

  /** Whether the server is killed and restarted during the harvest. */
  boolean killsServer() {
    return false;
  }

  @Override
  public String toString() {
    return label;
  }

  private static Predicate<ReplicaFigures> injected(String kind) {
    return figures -> figures.injected(kind) > 0;
  }

  private static Faults.Builder poison(Corpus corpus, Faults.Builder faults) {
    long largest =
        corpus
            .collectionIds()
            .boxed()
            .max(Comparator.comparingLong(c -> corpus.imageIds(c).count()))
            .orElseThrow();
    long[] images = corpus.imageIds(largest).toArray();
    long[] collections = corpus.collectionIds().toArray();
    return faults
        .poisonImage(images[images.length / 2])
        .poisonCollection(collections[collections.length / 2])
        .poisonPageThreshold(2);
  }
}
