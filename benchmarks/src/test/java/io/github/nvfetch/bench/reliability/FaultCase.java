package io.github.nvfetch.bench.reliability;

import io.github.nvfetch.reactor.NeuroVaultClientBuilder;
import io.github.nvfetch.testkit.Corpus;
import io.github.nvfetch.testkit.Faults;
import io.github.nvfetch.testkit.Latency;
import io.github.nvfetch.testkit.RetryAfterForm;
import io.github.nvfetch.testkit.RouteClass;
import java.util.Comparator;

/**
 * The faults of the matrix, each with the replica settings that inject it, the client tuning
 * it needs, and the evidence that it was really injected during a case.
 */
public enum FaultCase {

  /** 10% of all answers are a random 500, 502 or 504. */
  SERVER_ERRORS("5xx at 10%") {
    @Override
    Faults faults(Corpus corpus) {
      return seeded().serverErrorRate(0.10).build();
    }

    @Override
    boolean wasInjected(ReplicaFigures f) {
      return f.injected("server_error") > 0;
    }
  },

  /** A quarter of file answers are cut by a TCP reset in the middle of the body. */
  RESETS("connection reset mid-body") {
    @Override
    Faults faults(Corpus corpus) {
      return seeded().resetMidBodyRate(0.25).build();
    }

    @Override
    boolean wasInjected(ReplicaFigures f) {
      return f.injected("reset_mid_body") > 0;
    }
  },

  /** A quarter of file answers end before their Content-Length. */
  TRUNCATED("truncated bodies") {
    @Override
    Faults faults(Corpus corpus) {
      return seeded().shortBodyRate(0.25).build();
    }

    @Override
    boolean wasInjected(ReplicaFigures f) {
      return f.injected("short_body") > 0;
    }
  },

  /** 10% of answers are 429 with {@code Retry-After: 1}. */
  RETRY_AFTER_SECONDS("429, Retry-After in seconds") {
    @Override
    Faults faults(Corpus corpus) {
      return seeded().tooManyRequestsRate(0.10).retryAfterSeconds(1)
          .retryAfterForm(RetryAfterForm.SECONDS).build();
    }

    @Override
    boolean wasInjected(ReplicaFigures f) {
      return f.injected("too_many_requests") > 0 && f.tooManyRequests() > 0;
    }
  },

  /** 10% of answers are 429 with {@code Retry-After} as an HTTP date about 2 s ahead. */
  RETRY_AFTER_DATE("429, Retry-After as HTTP date") {
    @Override
    Faults faults(Corpus corpus) {
      return seeded().tooManyRequestsRate(0.10).retryAfterSeconds(1)
          .retryAfterForm(RetryAfterForm.HTTP_DATE).build();
    }

    @Override
    boolean wasInjected(ReplicaFigures f) {
      return f.injected("too_many_requests") > 0 && f.tooManyRequests() > 0;
    }
  },

  /**
   * nginx-like limits (20 requests/s, burst 5, 3 in flight) hit by a client sending up to 300
   * requests/s with 6 downloads at a time, files taking 100 ms (so the in-flight bound is
   * exceeded however slow the machine): a storm of 503 without {@code Retry-After}.
   */
  LIMITER_STORM("503 storm from the limiter") {
    @Override
    Faults faults(Corpus corpus) {
      return seeded().rateLimit(20, 5).maxInFlightPerClient(3)
          .latency(RouteClass.FILE, Latency.ofMillis(100, 0)).build();
    }

    @Override
    NeuroVaultClientBuilder tune(NeuroVaultClientBuilder client) {
      return client.requestsPerSecond(300).downloadConcurrency(6).maxConnections(8);
    }

    @Override
    boolean wasInjected(ReplicaFigures f) {
      return f.limiterRejections() > 0;
    }
  },

  /**
   * A third of API answers are 200 with a truncated, invalid JSON body; pages of 3 records, so
   * that a harvest reads many pages.
   */
  MALFORMED_PAGES("malformed JSON pages") {
    @Override
    Faults faults(Corpus corpus) {
      return seeded().malformedJsonRate(0.33).build();
    }

    @Override
    NeuroVaultClientBuilder tune(NeuroVaultClientBuilder client) {
      return client.pageSize(3);
    }

    @Override
    boolean wasInjected(ReplicaFigures f) {
      return f.injected("malformed_json") > 0;
    }
  },

  /**
   * A poison image record (in the largest collection) and a poison collection record make every
   * page larger than 2 records that holds them answer 500.
   */
  POISON_RECORD("poison records (page shrinking)") {
    @Override
    Faults faults(Corpus corpus) {
      long largest = corpus.collectionIds().boxed()
          .max(Comparator.comparingLong(c -> corpus.imageIds(c).count())).orElseThrow();
      long[] images = corpus.imageIds(largest).toArray();
      long[] collections = corpus.collectionIds().toArray();
      return seeded().poisonImage(images[images.length / 2])
          .poisonCollection(collections[collections.length / 2]).poisonPageThreshold(2).build();
    }

    @Override
    boolean wasInjected(ReplicaFigures f) {
      return f.injected("poison_page") > 0;
    }
  },

  /** Neurosynth answers 502 to everything while words are requested for every image. */
  NEUROSYNTH_DOWN("Neurosynth down, words requested") {
    @Override
    Faults faults(Corpus corpus) {
      return seeded().neurosynthDown(true).build();
    }

    @Override
    boolean wordsRequested() {
      return true;
    }

    @Override
    boolean wasInjected(ReplicaFigures f) {
      return f.injected("neurosynth_down") > 0;
    }
  },

  /**
   * The server is stopped once two images were downloaded (files take 150 ms, so others are in
   * flight), and a new one started on the same port.
   */
  SERVER_KILLED("server killed and restarted mid-harvest") {
    @Override
    Faults faults(Corpus corpus) {
      return seeded().latency(RouteClass.FILE, Latency.ofMillis(150, 0)).build();
    }

    @Override
    boolean killsServer() {
      return true;
    }

    @Override
    boolean wasInjected(ReplicaFigures f) {
      return f.serverKills() == 1;
    }
  };

  private final String label;

  FaultCase(String label) {
    this.label = label;
  }

  /** The replica faults of this case for a corpus. */
  abstract Faults faults(Corpus corpus);

  /** Whether the replica's figures show the fault really happened. */
  abstract boolean wasInjected(ReplicaFigures figures);

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

  Faults.Builder seeded() {
    return Faults.builder().seed(1000L + ordinal());
  }

  @Override
  public String toString() {
    return label;
  }
}
