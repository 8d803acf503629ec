package io.github.nvfetch.bench.internal.scale;

import io.github.nvfetch.bench.internal.CpuClock;
import io.github.nvfetch.bench.internal.process.ProcStat;
import io.github.nvfetch.bench.internal.process.ThreadCpu;
import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.NeuroVaultDataset;
import io.github.nvfetch.core.filter.Terms;
import io.github.nvfetch.reactor.NeuroVaultClient;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * One scale run inside the worker JVM: {@code stream} pushes every record of the replica through
 * {@code client.fetch} with nilearn's default terms and a filter keeping one image id in {@value
 * #KEEP_ONE_IN} (so almost nothing downloads); {@code dataset} collects every image (no terms) into
 * a {@link NeuroVaultDataset} with {@code client.fetchDataset}, downloads included. Memory is
 * watched throughout.
 */
public final class ScaleRun {

  /** The stream run keeps images whose id is a multiple of this. */
  public static final int KEEP_ONE_IN = 5000;

  private static final Duration TIMEOUT = Duration.ofHours(2);

  private ScaleRun() {}

  /**
   * Runs one mode.
   *
   * @param mode {@code stream} or {@code dataset}
   * @param baseUrl the replica
   * @param dataDir an empty data directory
   * @param downloads download concurrency
   * @param rate the client's requests per second
   */
  @SuppressWarnings("ReachabilityFenceUsage") // keeps the result reachable while measured
  public static ScaleFigures run(
      String mode, String baseUrl, Path dataDir, int downloads, double rate) {
    boolean dataset =
        switch (mode) {
          case "stream" -> false;
          case "dataset" -> true;
          default -> throw new IllegalArgumentException("unknown mode " + mode);
        };
    long reachableBefore = MemoryProbe.reachableHeap();
    long[] gcBefore = MemoryProbe.gcCountAndMillis();
    double cpuBefore = CpuClock.processSeconds();
    ThreadCpu threadsBefore = ThreadCpu.snapshot();
    PageCounter counter = new PageCounter();
    NeuroVaultDataset result = null;
    long fetched;
    long start;
    long end;
    long peakUsed;
    long peakAfterGc;
    Map<String, Double> cpuByThread;
    try (MemoryProbe probe = new MemoryProbe();
        NeuroVaultClient client =
            NeuroVaultClient.builder()
                .baseUrl(baseUrl)
                .neurosynthUrl(baseUrl + "/api/v2/decode/")
                .requestsPerSecond(rate)
                .downloadConcurrency(downloads)
                .build()) {
      start = System.nanoTime();
      if (dataset) {
        result = client.fetchDataset(datasetRequest(dataDir), counter).block(TIMEOUT);
        fetched = result == null ? 0 : result.images().size();
      } else {
        Long count = client.fetch(streamRequest(dataDir), counter).count().block(TIMEOUT);
        fetched = count == null ? 0 : count;
      }
      end = System.nanoTime();
      cpuByThread = ThreadCpu.snapshot().since(threadsBefore);
      peakUsed = probe.peakHeapUsed();
      peakAfterGc = probe.peakHeapAfterGc();
    }
    double cpu = CpuClock.processSeconds() - cpuBefore;
    long[] gcAfter = MemoryProbe.gcCountAndMillis();
    long reachableAfter = MemoryProbe.reachableHeap();
    Reference.reachabilityFence(result);
    return new ScaleFigures(
        mode,
        counter.imageRecords(),
        counter.collections(),
        counter.pages(),
        fetched,
        counter.failed(),
        (end - start) / 1e9,
        cpu,
        peakUsed,
        peakAfterGc,
        reachableBefore,
        reachableAfter,
        ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax(),
        ProcStat.peakRssBytes(),
        gcAfter[0] - gcBefore[0],
        gcAfter[1] - gcBefore[1],
        cpuByThread);
  }

  private static FetchRequest streamRequest(Path dataDir) {
    return FetchRequest.builder()
        .dataDir(dataDir)
        .noLimit()
        .imageFilter(image -> image.id() % KEEP_ONE_IN == 0)
        .build();
  }

  private static FetchRequest datasetRequest(Path dataDir) {
    return FetchRequest.builder().dataDir(dataDir).noLimit().imageTerms(Terms.of()).build();
  }
}
