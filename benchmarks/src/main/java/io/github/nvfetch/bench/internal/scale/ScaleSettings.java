package io.github.nvfetch.bench.internal.scale;

import io.github.nvfetch.bench.internal.Args;
import io.github.nvfetch.bench.internal.harvest.ThroughputCorpus;
import io.github.nvfetch.bench.internal.process.ReplicaLaunch;
import java.nio.file.Path;
import java.util.Set;

/**
 * The options of the scale benchmark.
 *
 * @param images images of the streamed corpus ({@code --images}, default 300,000)
 * @param collections collections of the streamed corpus ({@code --collections}, default 17,000)
 * @param datasetImages images collected into a dataset ({@code --dataset-images}, default 20,000)
 * @param heap the worker JVM's {@code -Xmx} ({@code --heap}, default 256m)
 * @param downloads download concurrency of the dataset run ({@code --downloads}, default 8)
 * @param rate the client's requests per second ({@code --rate}, default 10,000: not a bound here)
 * @param seed corpus seed ({@code --seed}, default 42)
 * @param workDir parent of the scratch data directories ({@code --work-dir})
 */
public record ScaleSettings(
    long images,
    int collections,
    int datasetImages,
    String heap,
    int downloads,
    double rate,
    long seed,
    Path workDir) {

  /** The option names read by {@link #from(Args)}. */
  public static final Set<String> OPTIONS =
      Set.of(
          "images",
          "collections",
          "dataset-images",
          "heap",
          "downloads",
          "rate",
          "seed",
          "work-dir");

  /** Reads the options. */
  public static ScaleSettings from(Args args) {
    return new ScaleSettings(
        args.positiveLong("images", 300_000),
        args.positiveInt("collections", 17_000),
        args.positiveInt("dataset-images", 20_000),
        args.string("heap", "256m"),
        args.positiveInt("downloads", 8),
        args.positiveDouble("rate", 10_000),
        args.positiveLong("seed", 42),
        args.has("work-dir") ? Path.of(args.string("work-dir", ".")) : null);
  }

  /** The streamed corpus: tiny files, NeuroVault's share of private collections (3%), no faults. */
  public ReplicaLaunch streamReplica() {
    return new ReplicaLaunch(seed, collections, images, false, 0.03, "none");
  }

  /**
   * The dataset corpus: every collection public (so every image is listed), tiny files, no faults.
   */
  public ReplicaLaunch datasetReplica() {
    int datasetCollections =
        (int) Math.max(1, Math.round(datasetImages / ThroughputCorpus.IMAGES_PER_COLLECTION));
    return new ReplicaLaunch(seed, datasetCollections, datasetImages, false, 0, "none");
  }
}
