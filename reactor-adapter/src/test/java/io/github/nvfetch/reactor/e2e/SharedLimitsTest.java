package io.github.nvfetch.reactor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.NeuroVaultDataset;
import io.github.nvfetch.reactor.Limits;
import io.github.nvfetch.reactor.NeuroVaultClient;
import io.github.nvfetch.reactor.internal.resilience.FairPermits;
import io.github.nvfetch.testkit.CorpusSpec;
import io.github.nvfetch.testkit.FaultProfile;
import io.github.nvfetch.testkit.Faults;
import io.github.nvfetch.testkit.Latency;
import io.github.nvfetch.testkit.LoggedRequest;
import io.github.nvfetch.testkit.ReplicaStats;
import io.github.nvfetch.testkit.RouteClass;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Mono;

/**
 * NeuroVault limits per IP: two clients of one JVM share one rate budget (by default), so together
 * they stay under nginx's limit; a request can lower its own download concurrency.
 */
class SharedLimitsTest {

  /** The most requests in a second of one 8 r/s budget with its burst (see the first test). */
  private static final int SHARED_PEAK = 8 + FairPermits.clampBurst(4 + 1);

  private static final CorpusSpec SPEC =
      CorpusSpec.builder().seed(13).collections(10).images(150).build();

  @TempDir Path first;
  @TempDir Path second;

  /** Two clients at the default 8 requests/s each, harvesting at the same time. */
  private static ReplicaStats twoClients(Replica replica, Limits limits, Path a, Path b) {
    return twoClients(replica, limits, limits, a, b);
  }

  /** The same, each client with its own {@code Limits} object. */
  private static ReplicaStats twoClients(
      Replica replica, Limits forOne, Limits forTwo, Path a, Path b) {
    try (NeuroVaultClient one =
            replica.clientBuilder().requestsPerSecond(8).limits(forOne).build();
        NeuroVaultClient two =
            replica.clientBuilder().requestsPerSecond(8).limits(forTwo).build()) {
      List<NeuroVaultDataset> results =
          Mono.zip(
                  one.fetchDataset(FetchRequest.builder().dataDir(a).maxImages(12).build()),
                  two.fetchDataset(FetchRequest.builder().dataDir(b).maxImages(12).build()))
              .map(both -> List.of(both.getT1(), both.getT2()))
              .block(Duration.ofMinutes(2));
      results.forEach(data -> assertEquals(12, data.fetched().size()));
      replica.server.awaitIdle(Duration.ofSeconds(10));
      return replica.server.stats();
    }
  }

  @Test
  void twoClientsShareOneBudgetAndStayUnderNginxLimits() {
    try (Replica replica = Replica.start(SPEC, FaultProfile.NGINX.faults())) {
      ReplicaStats stats = twoClients(replica, Limits.jvmWide(), first, second);
      assertEquals(0, stats.limiterRejections(), "no 503 from the doubled rate: " + stats);
      assertEquals(0, stats.requestsWithStatus(503));
      // One budget of 8 r/s with a burst of 5 (4 downloads and a page): at most 8 + 5 in any
      // second (12 exactly on time, one more for the replica's arrival jitter). nginx allows
      // 10 r/s with a burst of 20: it rejects none of them.
      assertTrue(
          stats.peakRequestsPerSecond() <= SHARED_PEAK,
          "combined peak "
              + stats.peakRequestsPerSecond()
              + " r/s, one budget allows "
              + SHARED_PEAK);
    }
  }

  /**
   * The control of the test above: given separate {@code Limits}, the same two clients do not share
   * a budget, so together they pass what one 8 requests/s budget allows (no faults here, so no
   * throttling slows them).
   */
  @Test
  void twoClientsGivenSeparateLimitsDoNotShareABudget() {
    try (Replica replica = Replica.start(SPEC)) {
      ReplicaStats stats =
          twoClients(replica, Limits.newShared(), Limits.perClient(), first, second);
      assertTrue(
          stats.peakRequestsPerSecond() > SHARED_PEAK,
          "combined peak " + stats.peakRequestsPerSecond() + " r/s: two budgets of 8 r/s");
    }
  }

  private static final Duration SERVER_BOOKKEEPING = Duration.ofMillis(25);

  private static int mostFilesAtOnce(List<LoggedRequest> log) {
    List<LoggedRequest> files = log.stream().filter(r -> r.route().equals("media_file")).toList();
    int most = 0;
    for (LoggedRequest file : files) {
      Instant t = file.start();
      int overlapping = 0;
      for (LoggedRequest other : files) {
        // the replica logs a response as done once its last write is flushed, which may come a
        // moment after the client has the body and started its next download: an overlap under
        // SERVER_BOOKKEEPING is that, not two downloads at once (a file takes 150 ms here)
        if (!other.start().isAfter(t)
            && other.start().plus(other.duration()).isAfter(t.plus(SERVER_BOOKKEEPING))) {
          overlapping++;
        }
      }
      most = Math.max(most, overlapping);
    }
    return most;
  }

  @Test
  void aRequestLowersItsDownloadConcurrency() {
    Faults slowFiles = Faults.builder().latency(RouteClass.FILE, Latency.ofMillis(150, 0)).build();
    List<Integer> peaks = new ArrayList<>();
    for (Integer concurrency : new Integer[] {null, 1}) {
      try (Replica replica = Replica.start(SPEC, slowFiles);
          NeuroVaultClient client = replica.clientBuilder().downloadConcurrency(4).build()) {
        Path dir = concurrency == null ? first : second;
        client
            .fetchDataset(
                FetchRequest.builder()
                    .dataDir(dir)
                    .maxImages(10)
                    .downloadConcurrency(concurrency)
                    .build())
            .block(Duration.ofMinutes(1));
        replica.server.awaitIdle(Duration.ofSeconds(10));
        peaks.add(mostFilesAtOnce(replica.server.requestLog()));
      }
    }
    assertTrue(peaks.get(0) > 1, "the client's 4 downloads overlap: " + peaks);
    assertEquals(1, peaks.get(1), "the request's 1 download at a time: " + peaks);
  }
}
