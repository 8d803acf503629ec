package io.github.nvfetch.cli;

import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.reactor.NeuroVaultClient;
import io.github.nvfetch.testkit.CorpusSpec;
import io.github.nvfetch.testkit.FaultProfile;
import io.github.nvfetch.testkit.ReplicaServer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code nvfetch demo}: the main job in one command. Starts the embedded replica (the {@code
 * neurovault} fault profile with scaled-down latencies) on a free loopback port, harvests fMRI-BOLD
 * images with Neurosynth words into the data directory, and shows the result.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Harvest 20 fMRI-BOLD images with their Neurosynth words from an embedded "
          + "NeuroVault replica (no internet needed), with progress and a summary.",
      "Run it twice: the second run reads the images from the local store."
    })
public final class DemoCommand implements Callable<Integer> {

  /** The command that runs the same harvest against the real NeuroVault. */
  static final String REAL_COMMAND =
      "./nvfetch fetch --base-url https://neurovault.org "
          + "--term modality=fMRI-BOLD --max-images 20 --neurosynth";

  /** The demo's corpus: small, so the demo is quick; a few files are missing on purpose. */
  static final CorpusSpec CORPUS =
      CorpusSpec.builder()
          .seed(42)
          .collections(12)
          .images(240)
          .realisticFileSize(true)
          .missingFileRate(0.02)
          .build();

  @Spec private CommandSpec spec;

  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      defaultValue = "nvfetch-data/replica",
      description = {
        "Data directory; files go to DIR/neurovault (default: ./${DEFAULT-VALUE},",
        "apart from ./nvfetch-data where 'nvfetch fetch' puts real NeuroVault data)."
      })
  private Path dataDir;

  @Option(
      names = "--max-images",
      paramLabel = "N",
      defaultValue = "20",
      description = "Images to fetch (default: ${DEFAULT-VALUE}).")
  private int maxImages;

  @Option(
      names = "--latency-scale",
      paramLabel = "X",
      defaultValue = "0.2",
      description =
          "Factor applied to the replica's NeuroVault-like latencies (default: "
              + "${DEFAULT-VALUE}; 1 is as slow as the real service).")
  private double latencyScale;

  @Mixin private OutputOptions output;

  /** Creates the command (picocli instantiates it). */
  public DemoCommand() {}

  /** Runs the demo. */
  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (ReplicaServer replica =
        ReplicaServer.builder()
            .corpus(CORPUS)
            .faults(FaultProfile.NEUROVAULT.faults().toBuilder().latencyScale(latencyScale).build())
            .port(0)
            .start()) {
      say(out, intro(replica));
      try (ReportRun run = ReportRun.start(ReportOptions.at(dataDir.resolve("report.html")))) {
        HarvestReport report =
            new HarvestSession(
                    out, spec.commandLine().getErr(), output, HarvestSession.stdoutIsTerminal())
                .neurosynthUrl(replica.neurosynthUrl())
                .run(
                    run.wrap(HarvestJob.of(request())),
                    NeuroVaultClient.builder()
                        .baseUrl(replica.baseUrl())
                        .neurosynthUrl(replica.neurosynthUrl()));
        run.write(
            report,
            "nvfetch demo --max-images "
                + maxImages
                + "   (fetch --term "
                + "modality=fMRI-BOLD --neurosynth against the embedded replica)",
            Optional.empty(),
            output.humanOnStdout() ? out : null);
        say(out, outro(report));
      }
    }
    return ExitCodes.OK;
  }

  private FetchRequest request() {
    return FetchRequest.builder()
        .imageTerm("modality", "fMRI-BOLD")
        .maxImages(maxImages)
        .fetchNeurosynthWords(true)
        .dataDir(dataDir)
        .build();
  }

  private String intro(ReplicaServer replica) {
    return "nvfetch demo: harvesting "
        + maxImages
        + " fMRI-BOLD images with Neurosynth words "
        + "from the EMBEDDED REPLICA at "
        + replica.baseUrl()
        + System.lineSeparator()
        + "  (a local NeuroVault + Neurosynth look-alike: "
        + CORPUS.collections()
        + " collections, "
        + CORPUS.images()
        + " images, nginx limits and NeuroVault latencies x"
        + String.format(Locale.ROOT, "%.2f", latencyScale)
        + "; nothing leaves this machine)"
        + System.lineSeparator()
        + "  filters: nilearn's default terms + modality = fMRI-BOLD;"
        + " files go to "
        + dataDir.toAbsolutePath()
        + System.lineSeparator();
  }

  private static String outro(HarvestReport report) {
    StringBuilder text = new StringBuilder(System.lineSeparator());
    if (report.fromLocalStore() > 0) {
      text.append("This run read ")
          .append(report.fromLocalStore())
          .append(" images from the " + "local store and downloaded ")
          .append(report.downloaded())
          .append(" (mode " + "download_new); give another --data-dir to start afresh.")
          .append(System.lineSeparator());
    }
    text.append(
            "This demo ran against the embedded replica, not the real service. The same "
                + "harvest against NeuroVault:")
        .append(System.lineSeparator())
        .append("  ")
        .append(REAL_COMMAND)
        .append(System.lineSeparator());
    return text.toString();
  }

  private void say(PrintWriter out, String text) {
    if (output.humanOnStdout()) {
      out.print(text);
      out.flush();
    }
  }
}
