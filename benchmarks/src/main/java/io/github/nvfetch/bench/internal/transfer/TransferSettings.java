package io.github.nvfetch.bench.internal.transfer;

import io.github.nvfetch.bench.internal.Args;
import io.github.nvfetch.bench.internal.harvest.ThroughputCorpus;
import io.github.nvfetch.bench.internal.process.ReplicaLaunch;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The options of the raw transfer benchmark.
 *
 * @param files files per measured run ({@code --files}, default 400)
 * @param parallel downloads in flight, one run per value ({@code --parallel}, default 4,8)
 * @param warmupFiles files downloaded by the SDK before measuring, to warm up both JVMs ({@code
 *     --warmup-files})
 * @param seed corpus seed ({@code --seed}, default 42)
 * @param workDir parent of the scratch directories ({@code --work-dir})
 */
public record TransferSettings(
    int files, List<Integer> parallel, int warmupFiles, long seed, Path workDir) {

  /** The option names read by {@link #from(Args)}. */
  public static final Set<String> OPTIONS =
      Set.of("files", "parallel", "warmup-files", "seed", "work-dir");

  /** Reads the options. */
  public static TransferSettings from(Args args) {
    return new TransferSettings(
        args.positiveInt("files", 400),
        args.positiveInts("parallel", List.of(4, 8)),
        args.positiveInt("warmup-files", 100),
        args.positiveLong("seed", 42),
        args.has("work-dir") ? Path.of(args.string("work-dir", ".")) : null);
  }

  /**
   * The replica: enough realistic files for the warm-up and the measured set, all public, no
   * faults.
   */
  public ReplicaLaunch replica() {
    long images = files + warmupFiles + 50L;
    int collections =
        (int) Math.max(1, Math.round(images / ThroughputCorpus.IMAGES_PER_COLLECTION));
    return new ReplicaLaunch(seed, collections, images, true, 0, "none");
  }
}
