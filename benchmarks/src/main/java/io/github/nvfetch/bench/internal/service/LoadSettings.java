package io.github.nvfetch.bench.internal.service;

import io.github.nvfetch.bench.internal.Args;
import io.github.nvfetch.testkit.FaultProfile;
import io.github.nvfetch.testkit.Faults;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/**
 * The settings of the service load benchmark.
 *
 * @param clients concurrent clients ({@code --clients}, default 50)
 * @param large of which large requests ({@code --large}, default 4)
 * @param disconnectRate share of the clients that disconnect midway ({@code --disconnect-rate},
 *     default 0.2)
 * @param latencyScale factor on the {@code neurovault} profile's latencies ({@code
 *     --latency-scale}, default 0.1)
 * @param seconds the run's bound: clients still running then are cut off ({@code --seconds},
 *     default 60)
 * @param spreadSeconds clients start spread over this time ({@code --spread}, default 10)
 * @param images public images of the replica's corpus ({@code --images}, default 600)
 * @param rate the shared client's requests per second ({@code --rate}, default 8, the SDK's)
 * @param seed seed of the corpus and of the clients' choices ({@code --seed}, default 42)
 * @param settleSeconds how long to wait at most for threads and files to go back to idle ({@code
 *     --settle}, default 75: idle pool threads expire after 60 s)
 * @param workDir parent of the scratch data directory ({@code --work-dir})
 */
public record LoadSettings(
    int clients,
    int large,
    double disconnectRate,
    double latencyScale,
    int seconds,
    int spreadSeconds,
    int images,
    double rate,
    long seed,
    int settleSeconds,
    Path workDir) {

  /** The options of the command. */
  public static final Set<String> OPTIONS =
      Set.of(
          "clients",
          "large",
          "disconnect-rate",
          "latency-scale",
          "seconds",
          "spread",
          "images",
          "rate",
          "seed",
          "settle",
          "work-dir");

  /** The settings given on the command line. */
  public static LoadSettings from(Args args) {
    return new LoadSettings(
        args.positiveInt("clients", 50),
        args.positiveInt("large", 4),
        args.positiveDouble("disconnect-rate", 0.2),
        args.positiveDouble("latency-scale", 0.1),
        args.positiveInt("seconds", 60),
        args.positiveInt("spread", 10),
        args.positiveInt("images", 600),
        args.positiveDouble("rate", 8),
        args.positiveLong("seed", 42),
        args.positiveInt("settle", 75),
        Path.of(args.string("work-dir", System.getProperty("java.io.tmpdir"))));
  }

  /** The replica's faults: the {@code neurovault} profile with the latency scale applied. */
  public Faults faults() {
    return FaultProfile.NEUROVAULT.faults().toBuilder().latencyScale(latencyScale).build();
  }

  /** The run's bound. */
  public Duration bound() {
    return Duration.ofSeconds(seconds);
  }
}
