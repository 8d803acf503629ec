package io.github.nvfetch.bench.internal.transfer;

import io.github.nvfetch.bench.internal.CpuClock;
import io.github.nvfetch.bench.internal.process.ReplicaProcess;
import io.github.nvfetch.bench.internal.process.ThreadCpu;
import io.github.nvfetch.core.ImageMeta;
import io.github.nvfetch.reactor.NeuroVaultClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import reactor.core.publisher.Flux;

/**
 * Downloads files with the SDK's {@code client.download(image, target)}, P at a time: each file is
 * streamed to a part file, its length, gzip stream (fully inflated) and NIfTI header checked,
 * forced to disk and renamed into place. The client's rate limit is set far above what is reached.
 */
public final class SdkDownloads {

  /** The client's name in the table. */
  public static final String NAME = "nvfetch SDK";

  private final ReplicaProcess replica;

  /** Creates the runner for a replica. */
  public SdkDownloads(ReplicaProcess replica) {
    this.replica = replica;
  }

  /**
   * Downloads the images' files into {@code dir}, {@code parallel} at a time, and measures the run.
   */
  public TransferResult run(List<ImageMeta> images, int parallel, Path dir) {
    try (NeuroVaultClient client =
        NeuroVaultClient.builder()
            .baseUrl(replica.baseUrl())
            .neurosynthUrl(replica.baseUrl() + "/api/v2/decode/")
            .requestsPerSecond(10_000)
            .downloadConcurrency(parallel)
            .build()) {
      replica.resetStats();
      double replicaBefore = replica.cpuSeconds();
      double cpuBefore = CpuClock.processSeconds();
      ThreadCpu threadsBefore = ThreadCpu.snapshot();
      long start = System.nanoTime();
      Long count =
          Flux.fromIterable(images)
              .flatMap(
                  image -> client.download(image, dir.resolve("image_" + image.id() + ".nii.gz")),
                  parallel)
              .count()
              .block(Duration.ofHours(1));
      double wall = (System.nanoTime() - start) / 1e9;
      double cpu = CpuClock.processSeconds() - cpuBefore;
      Map<String, Double> byThread = ThreadCpu.snapshot().since(threadsBefore);
      replica.awaitIdle(Duration.ofSeconds(30));
      if (count == null || count != images.size()) {
        throw new IllegalStateException(
            "the SDK downloaded " + count + " of " + images.size() + " files");
      }
      return new TransferResult(
          NAME,
          parallel,
          images.size(),
          replica.stats().path("bytes_sent").asLong(),
          wall,
          cpu,
          replica.cpuSeconds() - replicaBefore,
          byThread);
    }
  }
}
