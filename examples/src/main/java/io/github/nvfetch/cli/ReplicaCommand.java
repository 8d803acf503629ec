package io.github.nvfetch.cli;

import io.github.nvfetch.testkit.CorpusSpec;
import io.github.nvfetch.testkit.FaultProfile;
import io.github.nvfetch.testkit.Faults;
import io.github.nvfetch.testkit.LinkScheme;
import io.github.nvfetch.testkit.ReplicaServer;
import io.github.nvfetch.testkit.VolumeMix;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code nvfetch replica}: runs the NeuroVault + Neurosynth replica in the foreground, prints
 * {@code replica listening on <base URL>} once ready and stops cleanly on SIGINT/SIGTERM.
 */
@Command(
    name = "replica",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Run a local replica of NeuroVault and Neurosynth (deterministic corpus, "
          + "optional faults).",
      "Prints 'replica listening on <URL>' once ready; stop with Ctrl-C or SIGTERM."
    },
    footer = {"", "Example:", "  nvfetch replica --port 8080 --profile flaky --realistic-files"})
public final class ReplicaCommand implements Callable<Integer> {

  private final CountDownLatch stopRequested = new CountDownLatch(1);

  @Spec private CommandSpec spec;

  @Option(
      names = "--port",
      required = true,
      paramLabel = "PORT",
      description = "Port to listen on (0 = any free port; required).")
  private int port;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      defaultValue = "127.0.0.1",
      description = "Interface to bind (default: ${DEFAULT-VALUE}).")
  private String host;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "42",
      description = "Corpus seed (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Option(
      names = "--collections",
      paramLabel = "N",
      defaultValue = "30",
      description = "Number of collections (default: ${DEFAULT-VALUE}).")
  private int collections;

  @Option(
      names = "--images",
      paramLabel = "N",
      defaultValue = "300",
      description = "Number of images (default: ${DEFAULT-VALUE}).")
  private long images;

  @Option(
      names = "--profile",
      paramLabel = "PROFILE",
      defaultValue = "none",
      converter = ProfileConverter.class,
      description =
          "Fault profile: none, nginx, neurovault, flaky, chaos, neurosynth-down "
              + "(default: ${DEFAULT-VALUE}).")
  private FaultProfile profile;

  @Option(
      names = "--latency-scale",
      paramLabel = "X",
      defaultValue = "1",
      description = "Factor applied to the profile's latencies (default: ${DEFAULT-VALUE}).")
  private double latencyScale;

  @Option(
      names = "--fault-seed",
      paramLabel = "N",
      defaultValue = "0",
      description = "Seed of the random fault decisions (default: ${DEFAULT-VALUE}).")
  private long faultSeed;

  @Option(
      names = "--realistic-files",
      description = "Serve 91x109x91 float32 maps (about 1 MB) instead of tiny ones.")
  private boolean realisticFiles;

  @Option(
      names = "--volumes",
      paramLabel = "uniform|varied",
      defaultValue = "uniform",
      description =
          "Image files: uniform (tiny, or --realistic-files) or varied (NeuroVault's mix of grids, datatypes"
              + " and headers, content seeded by image id; stored gzip, about 3.6 MB per 2 mm map; default: "
              + "${DEFAULT-VALUE}).")
  private VolumeMix volumes;

  @Option(
      names = "--missing-rate",
      paramLabel = "FRACTION",
      defaultValue = "0",
      description = "Fraction of image files that answer 404 (default: ${DEFAULT-VALUE}).")
  private double missingRate;

  @Option(
      names = "--corrupt-rate",
      paramLabel = "FRACTION",
      defaultValue = "0",
      description = "Fraction of image files served damaged (default: ${DEFAULT-VALUE}).")
  private double corruptRate;

  @Option(
      names = "--private-rate",
      paramLabel = "FRACTION",
      defaultValue = "0.03",
      description = "Fraction of private collections (default: ${DEFAULT-VALUE}).")
  private double privateRate;

  @Option(
      names = "--filters-honoured",
      description =
          "Honour DOI/name/owner filters on /api/collections/ (the live service "
              + "ignores them).")
  private boolean filtersHonoured;

  @Option(
      names = "--link-scheme",
      paramLabel = "SCHEME",
      defaultValue = "http",
      description =
          "Scheme of emitted links: http (as the live service) or request "
              + "(default: ${DEFAULT-VALUE}).")
  private LinkScheme linkScheme;

  @Option(
      names = "--hostile",
      description = "Add the hostile records (path traversal, gzip bomb, ...).")
  private boolean hostile;

  @Option(
      names = "--token",
      paramLabel = "KEY",
      description =
          "An extra API key accepted in 'Authorization: Token <key>' (replica-token "
              + "is always accepted); repeatable.")
  private List<String> tokens = new ArrayList<>();

  /** Creates the command (picocli instantiates it). */
  public ReplicaCommand() {}

  /** Starts the replica and blocks until a stop is requested. */
  @Override
  public Integer call() throws InterruptedException {
    ReplicaServer server =
        ReplicaServer.builder().corpus(corpus()).faults(faults()).host(host).port(port).start();
    Thread hook = new Thread(this::requestStop, "nvfetch-replica-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      PrintWriter out = spec.commandLine().getOut();
      out.println("replica listening on " + server.baseUrl());
      out.flush();
      stopRequested.await();
    } finally {
      server.stop();
      removeHook(hook);
    }
    return 0;
  }

  /**
   * Asks a running {@link #call()} to stop the replica and return (also done on SIGINT/SIGTERM).
   */
  public void requestStop() {
    stopRequested.countDown();
  }

  private CorpusSpec corpus() {
    CorpusSpec.Builder b =
        CorpusSpec.builder()
            .seed(seed)
            .collections(collections)
            .images(images)
            .realisticFileSize(realisticFiles)
            .missingFileRate(missingRate)
            .corruptFileRate(corruptRate)
            .privateCollectionRate(privateRate)
            .collectionFiltersHonoured(filtersHonoured)
            .linkScheme(linkScheme)
            .hostileRecords(hostile)
            .volumes(volumes);
    tokens.forEach(b::apiKey);
    return b.build();
  }

  private Faults faults() {
    return profile.faults().toBuilder().latencyScale(latencyScale).seed(faultSeed).build();
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // The JVM is already exiting: the hook is running or has run.
    }
  }

  /** Converts a profile name, listing the known ones when unknown. */
  static final class ProfileConverter implements CommandLine.ITypeConverter<FaultProfile> {
    @Override
    public FaultProfile convert(String value) {
      try {
        return FaultProfile.named(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
