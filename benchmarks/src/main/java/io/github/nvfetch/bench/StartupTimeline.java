package io.github.nvfetch.bench;

import io.github.nvfetch.bench.internal.Args;
import io.github.nvfetch.bench.internal.DataDirs;
import io.github.nvfetch.bench.internal.GitInfo;
import io.github.nvfetch.bench.internal.Report;
import io.github.nvfetch.bench.internal.ReportFile;
import io.github.nvfetch.bench.internal.UsageException;
import io.github.nvfetch.bench.internal.process.JavaLauncher;
import io.github.nvfetch.bench.internal.startup.ChildLauncher;
import io.github.nvfetch.bench.internal.startup.HarvestLauncher;
import io.github.nvfetch.bench.internal.startup.InProcessLauncher;
import io.github.nvfetch.bench.internal.startup.SdkHarvestMain;
import io.github.nvfetch.bench.internal.startup.Timeline;
import io.github.nvfetch.bench.internal.startup.TimelineLimit;
import io.github.nvfetch.bench.internal.startup.TimelineResult;
import io.github.nvfetch.bench.internal.startup.TimelineSettings;
import io.github.nvfetch.bench.internal.startup.TimelineTable;
import io.github.nvfetch.testkit.CorpusSpec;
import io.github.nvfetch.testkit.FaultProfile;
import io.github.nvfetch.testkit.ReplicaServer;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Benchmark 1b, the first minute of a short harvest ({@code throughput --images 60 --timeline}):
 * the issue's {@code fetch --max-images 60 --concurrency 9 --rate 9.5} against an in-process
 * replica with the {@code neurovault} profile (800 images in 20 collections, realistic files),
 * start-up included, by the CLI in a child JVM ({@code java -jar} and the {@code nvfetch} script
 * with its class-data archive, side by side), the SDK in a fresh child JVM and in-process, and
 * optionally nilearn. The timeline of each run comes from the replica's request log; runs of the
 * launchers are interleaved so the machine's load falls on all of them alike.
 */
public final class StartupTimeline {

  private static final String NILEARN = "nilearn";

  private StartupTimeline() {}

  /** Runs the timeline: measures, prints the tables, appends them to the report file. */
  public static void run(Args args, PrintStream out) {
    Path root = GitInfo.root().orElse(Path.of("").toAbsolutePath());
    TimelineSettings settings = TimelineSettings.from(args, root);
    if (!Files.isRegularFile(settings.cliJar())) {
      throw new UsageException(
          "no CLI jar at "
              + settings.cliJar()
              + ": build it first with"
              + " mvn -o -B -q -DskipTests package -pl examples -am");
    }
    Report report = new Report("Start-up timeline of a " + settings.images() + "-image harvest");
    try (ReplicaServer server =
        ReplicaServer.builder()
            .corpus(
                CorpusSpec.builder()
                    .seed(42)
                    .collections(TimelineSettings.CORPUS_COLLECTIONS)
                    .images(TimelineSettings.CORPUS_IMAGES)
                    .realisticFileSize(true)
                    .build())
            .faults(FaultProfile.NEUROVAULT)
            .port(0)
            .start()) {
      List<HarvestLauncher> launchers = launchers(settings, server);
      List<TimelineResult> results = new ArrayList<>();
      deleteArchive(settings);
      results.add(measure(server, settings, scriptFirstRun(settings, server), 1, out));
      for (int run = 1; run <= settings.runs(); run++) {
        for (HarvestLauncher launcher : launchers) {
          if (!launcher.name().equals(NILEARN) || run == 1) {
            results.add(measure(server, settings, launcher, run, out));
          }
        }
      }
      describe(report, settings, launchers, results);
    }
    ReportFile.publish(report.finish(), ReportFile.from(args), out);
  }

  private static TimelineResult measure(
      ReplicaServer server,
      TimelineSettings settings,
      HarvestLauncher launcher,
      int run,
      PrintStream out) {
    out.printf("running %s, run %d...%n", launcher.name(), run);
    server.setFaults(server.faults());
    server.resetStats();
    Path dataDir = DataDirs.fresh(settings.workDir(), "nvfetch-timeline-");
    try {
      var launched = launcher.run(dataDir);
      server.awaitIdle(Duration.ofSeconds(30));
      Timeline timeline =
          Timeline.of(
              server.requestLog(), launched.launch(), launched.end(), settings.concurrency());
      out.printf(
          "  exit %d, %.2f s, first file request at %.2f s, last file at %.2f s%n",
          launched.exitCode(),
          timeline.wall(),
          timeline.firstFileRequest(),
          timeline.lastFileAnswered());
      return new TimelineResult(
          launcher.name(),
          launcher.includesStartup(),
          run,
          launched.exitCode(),
          timeline,
          settings.images());
    } finally {
      DataDirs.delete(dataDir);
    }
  }

  private static List<HarvestLauncher> launchers(TimelineSettings settings, ReplicaServer server) {
    List<HarvestLauncher> launchers = new ArrayList<>();
    launchers.add(
        new ChildLauncher(
            "cli java -jar",
            "java -jar examples/target/nvfetch.jar fetch ... (no JVM" + " options: before)",
            dir ->
                cli(List.of("java", "-jar", settings.cliJar().toString()), settings, server, dir),
            Map.of()));
    launchers.add(
        script(
            "cli nvfetch script",
            "the nvfetch script: its archive (written by the first run) and" + " C1 only (after)",
            settings,
            server,
            Map.of()));
    launchers.add(
        script(
            "cli script, no archive",
            "the nvfetch script with NVFETCH_CDS=0: C1 only",
            settings,
            server,
            Map.of("NVFETCH_CDS", "0")));
    launchers.add(
        script(
            "cli script, C2 on",
            "the nvfetch script with NVFETCH_JAVA_OPTS=-XX:TieredStopAtLevel=4:"
                + " its archive, both JIT compilers",
            settings,
            server,
            Map.of("NVFETCH_JAVA_OPTS", "-XX:TieredStopAtLevel=4")));
    launchers.add(
        new ChildLauncher(
            "sdk child JVM",
            "java -cp nvfetch-bench.jar SdkHarvestMain: the SDK's" + " fetch in a fresh JVM",
            dir ->
                JavaLauncher.command(
                    List.of(),
                    SdkHarvestMain.class,
                    List.of(
                        server.baseUrl(),
                        server.neurosynthUrl(),
                        dir.toString(),
                        Integer.toString(settings.images()),
                        Integer.toString(settings.concurrency()),
                        Double.toString(settings.rate()))),
            Map.of()));
    launchers.add(new InProcessLauncher(settings, server.baseUrl(), server.neurosynthUrl()));
    if (settings.nilearn()) {
      launchers.add(nilearn(settings, server));
    }
    return launchers;
  }

  private static HarvestLauncher scriptFirstRun(TimelineSettings settings, ReplicaServer server) {
    return script(
        "cli nvfetch script, first run",
        "the nvfetch script without an archive: it writes" + " examples/target/nvfetch.jsa at exit",
        settings,
        server,
        Map.of());
  }

  /** The script, never building (the benchmark checked the jar); {@code env} adds variables. */
  private static HarvestLauncher script(
      String name,
      String description,
      TimelineSettings settings,
      ReplicaServer server,
      Map<String, String> env) {
    Map<String, String> all = new java.util.HashMap<>(env);
    all.put("NVFETCH_NO_BUILD", "1");
    return new ChildLauncher(
        name,
        description,
        dir -> cli(List.of(settings.script().toString()), settings, server, dir),
        all);
  }

  private static List<String> cli(
      List<String> launcher, TimelineSettings settings, ReplicaServer server, Path dataDir) {
    List<String> command = new ArrayList<>(launcher);
    command.addAll(
        List.of(
            "fetch",
            "--max-images",
            Integer.toString(settings.images()),
            "--concurrency",
            Integer.toString(settings.concurrency()),
            "--rate",
            Double.toString(settings.rate()),
            "--base-url",
            server.baseUrl(),
            "--neurosynth-url",
            server.neurosynthUrl(),
            "--data-dir",
            dataDir.toString(),
            "-q"));
    return command;
  }

  private static HarvestLauncher nilearn(TimelineSettings settings, ReplicaServer server) {
    Path request = requestFile(settings.images());
    return new ChildLauncher(
        NILEARN,
        "tools/nilearn-compat/nilearn_run.py fetch (nilearn's fetch_neurovault,"
            + " max_images "
            + settings.images()
            + ", its default terms) with "
            + settings.python()
            + ", PYTHONPATH="
            + settings.nilearnSrc(),
        dir ->
            List.of(
                settings.python(),
                settings.root().resolve("tools/nilearn-compat/nilearn_run.py").toString(),
                "fetch",
                "--base-url",
                server.baseUrl(),
                "--words-url",
                server.neurosynthUrl(),
                "--data-dir",
                dir.toString(),
                "--request",
                request.toString(),
                "--verbose",
                "0"),
        Map.of("PYTHONPATH", settings.nilearnSrc(), "HTML_TEST", "1"));
  }

  private static Path requestFile(int images) {
    try {
      Path file = Files.createTempFile("nvfetch-timeline-request-", ".json");
      file.toFile().deleteOnExit();
      Files.writeString(file, "{\"max_images\": " + images + "}\n");
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteArchive(TimelineSettings settings) {
    try {
      Files.deleteIfExists(settings.scriptArchive());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void describe(
      Report report,
      TimelineSettings settings,
      List<HarvestLauncher> launchers,
      List<TimelineResult> results) {
    report.setting(
        "replica: in-process, profile neurovault (limit_req 10 r/s burst 20 nodelay, limit_conn 10;"
            + " pages 300±100 ms, files 2000±700 ms), corpus seed 42, "
            + TimelineSettings.CORPUS_IMAGES
            + " images in "
            + TimelineSettings.CORPUS_COLLECTIONS
            + " collections, realistic files");
    report.setting(
        "harvest: fetch --max-images "
            + settings.images()
            + " --concurrency "
            + settings.concurrency()
            + " --rate "
            + settings.rate()
            + " (nilearn's default terms), fresh data directory per run; "
            + settings.runs()
            + " interleaved runs per launcher"
            + (settings.nilearn() ? ", nilearn once" : ""));
    launchers.forEach(l -> report.setting(l.name() + ": " + l.description()));
    report.setting(
        "times in seconds since the launch (just before the child process starts; in-process: the"
            + " client's creation); request times from the replica's log; steady state = 9 files in flight at the"
            + " replica");
    report.setting(TimelineLimit.formula());
    report.table(
        "Medians per launcher (of limit = limit s / wall s; vs nilearn = images/s / nilearn's)",
        TimelineTable.medians(
            results,
            settings.concurrency(),
            settings.nilearn() ? Optional.of(NILEARN) : Optional.empty()));
    report.table("Every run", TimelineTable.runs(results));
  }
}
