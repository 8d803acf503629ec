package io.github.nvfetch.bench.internal.harvest;

import io.github.nvfetch.bench.internal.Args;
import io.github.nvfetch.testkit.FaultProfile;
import io.github.nvfetch.testkit.Faults;
import java.nio.file.Path;
import java.util.Set;

/**
 * The options of the throughput benchmark.
 *
 * @param images images per concurrent scenario ({@code --images}, default 300)
 * @param baselineImages images of the sequential baseline ({@code --baseline-images}); 0 = as many
 *     as fit in {@link #BASELINE_BUDGET_SECONDS} at its physical limit, at most {@code images}
 * @param latencyScale factor on the {@code neurovault} profile's latencies ({@code
 *     --latency-scale}, default 1)
 * @param seed corpus seed ({@code --seed}, default 42)
 * @param realisticFiles realistic 0.7 MB files, or tiny ones with {@code --tiny-files}
 * @param workDir parent of the scratch data directories ({@code --work-dir}, default the temp
 *     directory)
 */
public record ThroughputSettings(
    int images,
    int baselineImages,
    double latencyScale,
    long seed,
    boolean realisticFiles,
    Path workDir) {

  /** The option names read by {@link #from(Args)}. */
  public static final Set<String> OPTIONS =
      Set.of("images", "baseline-images", "latency-scale", "seed", "tiny-files", "work-dir");

  /**
   * The longest the sequential baseline should take when its size is chosen automatically: 15
   * minutes.
   */
  public static final double BASELINE_BUDGET_SECONDS = 900;

  /** Reads the options. */
  public static ThroughputSettings from(Args args) {
    return new ThroughputSettings(
        args.positiveInt("images", 300),
        args.has("baseline-images") ? args.positiveInt("baseline-images", 1) : 0,
        args.positiveDouble("latency-scale", 1.0),
        args.positiveLong("seed", 42),
        !args.flag("tiny-files"),
        args.has("work-dir") ? Path.of(args.string("work-dir", ".")) : null);
  }

  /** The replica's faults: the {@code neurovault} profile with the latency scale applied. */
  public Faults faults() {
    return FaultProfile.NEUROVAULT.faults().toBuilder().latencyScale(latencyScale).build();
  }

  /**
   * The images of the sequential baseline: as given, or what fits in the budget (assuming 0.1
   * pages/image).
   */
  public int effectiveBaselineImages() {
    if (baselineImages > 0) {
      return baselineImages;
    }
    double rate = PhysicalLimit.of(HarvestScenario.sequential(1), faults(), 0.1).value();
    return (int) Math.max(1, Math.min(images, Math.floor(BASELINE_BUDGET_SECONDS * rate)));
  }
}
