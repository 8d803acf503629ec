package io.github.nvfetch.bench;

import io.github.nvfetch.bench.internal.Args;
import io.github.nvfetch.bench.internal.DataDirs;
import io.github.nvfetch.bench.internal.Fmt;
import io.github.nvfetch.bench.internal.Report;
import io.github.nvfetch.bench.internal.ReportFile;
import io.github.nvfetch.bench.internal.TextTable;
import io.github.nvfetch.bench.internal.service.ClientPlan;
import io.github.nvfetch.bench.internal.service.ClientRun;
import io.github.nvfetch.bench.internal.service.LoadSettings;
import io.github.nvfetch.bench.internal.service.ProcessFigures;
import io.github.nvfetch.examples.service.HarvestService;
import io.github.nvfetch.reactor.NeuroVaultClient;
import io.github.nvfetch.testkit.CorpusSpec;
import io.github.nvfetch.testkit.LoggedRequest;
import io.github.nvfetch.testkit.ReplicaServer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import reactor.core.publisher.Flux;
import reactor.netty.http.client.HttpClient;

/**
 * Benchmark: the harvest service under load. An in-process replica on the {@code neurovault}
 * profile (latencies scaled), the service with one shared client in front of it, and many
 * concurrent clients on loopback with mixed requests (a few large, many small, some disconnecting
 * midway), bounded in count and time. Reports time to first image of the small requests, images/s
 * against the rate limit, the replica's 503s, duplicate downloads, heap after GC, threads and open
 * files before and after, and part files left.
 */
public final class ServiceLoad {

  /** The options of the command. */
  public static final Set<String> OPTIONS = ReportFile.withReportOptions(LoadSettings.OPTIONS);

  private static final Duration QUIET_TIMEOUT = Duration.ofSeconds(30);

  private ServiceLoad() {}

  /** What one run measured. */
  private record Figures(
      List<ClientRun> runs,
      double wallSeconds,
      long served503,
      long fileDownloads,
      long duplicateDownloads,
      ProcessFigures idle,
      ProcessFigures after,
      ProcessFigures settled,
      double settleSeconds,
      long partFiles) {}

  /** Runs the command: measures, prints the tables, appends them to the report file. */
  public static void run(List<String> arguments, PrintStream out) {
    Args args = Args.parse(arguments, OPTIONS);
    LoadSettings settings = LoadSettings.from(args);
    Report report = new Report("Service under load");
    Figures figures = measure(settings, out);
    ReportFile.publish(describe(report, settings, figures).finish(), ReportFile.from(args), out);
  }

  private static Figures measure(LoadSettings settings, PrintStream out) {
    Path dataDir = DataDirs.fresh(settings.workDir(), "nvfetch-bench-service-");
    CorpusSpec corpus =
        CorpusSpec.builder()
            .seed(settings.seed())
            .collections(Math.max(4, settings.images() / 20))
            .images(settings.images())
            .privateCollectionRate(0)
            .build();
    PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    try (ReplicaServer replica =
            ReplicaServer.builder().corpus(corpus).faults(settings.faults()).port(0).start();
        NeuroVaultClient client =
            NeuroVaultClient.builder()
                .baseUrl(replica.baseUrl())
                .neurosynthUrl(replica.neurosynthUrl())
                .requestsPerSecond(settings.rate())
                .meterRegistry(meters)
                .build();
        HarvestService service = HarvestService.start(client, meters, dataDir, "127.0.0.1", 0)) {
      warmUp(service);
      replica.awaitIdle(QUIET_TIMEOUT);
      replica.resetStats();
      ProcessFigures idle = ProcessFigures.now();
      List<ClientPlan> plans = ClientPlan.of(settings, replica.corpus());
      out.printf(
          "running %d clients (%d large, %d disconnecting) for at most %d s...%n",
          plans.size(),
          settings.large(),
          plans.stream().filter(ClientPlan::leaves).count(),
          settings.seconds());
      long started = System.nanoTime();
      List<ClientRun> runs = runAll(plans, service.baseUrl(), settings.bound());
      double wall = (System.nanoTime() - started) / 1e9;
      awaitQuiet(service, replica);
      ProcessFigures after = ProcessFigures.now();
      long settleStart = System.nanoTime();
      ProcessFigures settled = settle(idle, Duration.ofSeconds(settings.settleSeconds()));
      double settleSeconds = (System.nanoTime() - settleStart) / 1e9;
      List<LoggedRequest> files =
          replica.requestLog().stream()
              .filter(r -> r.pathAndQuery().startsWith("/media/") && r.status() == 200)
              .toList();
      long duplicates =
          files.size() - files.stream().map(LoggedRequest::pathAndQuery).distinct().count();
      return new Figures(
          runs,
          wall,
          replica.stats().requestsWithStatus(503),
          files.size(),
          duplicates,
          idle,
          after,
          settled,
          settleSeconds,
          partFiles(dataDir));
    } finally {
      meters.close();
      DataDirs.delete(dataDir);
    }
  }

  /** One small harvest first, so that the thread pools a harvest starts lazily count as idle. */
  private static void warmUp(HarvestService service) {
    HttpClient.newConnection()
        .baseUrl(service.baseUrl())
        .get()
        .uri("/harvest?max_images=1")
        .responseContent()
        .aggregate()
        .asString()
        .block(Duration.ofMinutes(1));
  }

  private static List<ClientRun> runAll(List<ClientPlan> plans, String url, Duration bound) {
    List<ClientRun> done =
        Flux.fromIterable(plans)
            .flatMap(plan -> ClientRun.of(plan, url), plans.size())
            .take(bound)
            .collectList()
            .block(bound.plusMinutes(1));
    List<ClientRun> all = new ArrayList<>(done);
    Set<Integer> finished =
        done.stream().map(run -> run.plan().index()).collect(Collectors.toSet());
    plans.stream()
        .filter(plan -> !finished.contains(plan.index()))
        .map(ClientRun::cutOff)
        .forEach(all::add);
    return all;
  }

  private static void awaitQuiet(HarvestService service, ReplicaServer replica) {
    HttpClient http = HttpClient.newConnection().baseUrl(service.baseUrl());
    Flux.interval(Duration.ofMillis(100))
        .onBackpressureDrop()
        .concatMap(tick -> http.get().uri("/health").responseContent().aggregate().asString())
        .filter(health -> health.contains("\"harvests_running\":0"))
        .blockFirst(QUIET_TIMEOUT);
    replica.awaitIdle(QUIET_TIMEOUT);
  }

  /**
   * Waits (bounded) until threads and open files are back to the idle level: idle pool threads
   * expire.
   */
  private static ProcessFigures settle(ProcessFigures idle, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    ProcessFigures now = ProcessFigures.now();
    while (!now.backTo(idle) && System.nanoTime() < deadline) {
      try {
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      now = ProcessFigures.now();
    }
    return now;
  }

  private static long partFiles(Path dataDir) {
    try (Stream<Path> files = Files.walk(dataDir)) {
      return files.filter(file -> file.getFileName().toString().endsWith(".part")).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Report describe(Report report, LoadSettings settings, Figures figures) {
    report.setting(
        "replica: 'neurovault' profile (nginx limit_req 10 r/s burst 20, limit_conn 10, 503 beyond),"
            + " latency scale "
            + settings.latencyScale()
            + ", "
            + settings.images()
            + " images, seed "
            + settings.seed());
    report.setting(
        "service: one shared client at "
            + settings.rate()
            + " requests/s (default concurrency), "
            + settings.clients()
            + " clients on loopback started over "
            + settings.spreadSeconds()
            + " s: "
            + settings.large()
            + " large (150 images), the rest small (5 images, half filtered, half by ids), "
            + Fmt.percent(settings.disconnectRate())
            + " disconnecting midway; bound "
            + settings.seconds()
            + " s");
    List<ClientRun> small =
        figures.runs().stream()
            .filter(run -> !run.plan().large())
            .filter(run -> run.firstImageNanos() >= 0)
            .toList();
    List<Double> firsts = small.stream().map(run -> run.firstImageNanos() / 1e9).sorted().toList();
    long images = figures.runs().stream().mapToLong(ClientRun::images).sum();
    Map<String, Long> endings =
        figures.runs().stream()
            .collect(
                Collectors.groupingBy(
                    ClientRun::ending, java.util.TreeMap::new, Collectors.counting()));
    TextTable table = new TextTable(List.of("figure", "value", "goal"));
    table.row(List.of("small requests with an image", String.valueOf(firsts.size()), ""));
    table.row(
        List.of(
            "time to first image, small, p50 / p95 / p99 (s)",
            Fmt.num(percentile(firsts, 50), 2)
                + " / "
                + Fmt.num(percentile(firsts, 95), 2)
                + " / "
                + Fmt.num(percentile(firsts, 99), 2),
            ""));
    table.row(
        List.of(
            "image lines streamed / run time",
            images + " / " + Fmt.num(figures.wallSeconds(), 1) + " s",
            ""));
    table.row(
        List.of(
            "files downloaded / s (limit: " + settings.rate() + " requests/s)",
            Fmt.num(figures.fileDownloads() / figures.wallSeconds(), 2),
            "<= limit"));
    table.row(List.of("client endings", endings.toString(), ""));
    table.row(List.of("503s from the replica", String.valueOf(figures.served503()), "0"));
    table.row(
        List.of(
            "duplicate downloads (of " + figures.fileDownloads() + ")",
            String.valueOf(figures.duplicateDownloads()),
            "0"));
    table.row(
        List.of(
            "heap after GC: idle / after the run",
            Fmt.mib(figures.idle().heapBytes()) + " / " + Fmt.mib(figures.after().heapBytes()),
            ""));
    table.row(
        List.of(
            "threads: idle / right after / settled",
            figures.idle().threads()
                + " / "
                + figures.after().threads()
                + " / "
                + figures.settled().threads(),
            "back to idle"));
    table.row(
        List.of(
            "open files: idle / right after / settled",
            figures.idle().openFiles()
                + " / "
                + figures.after().openFiles()
                + " / "
                + figures.settled().openFiles(),
            "back to idle"));
    table.row(
        List.of(
            "settling time (idle pool threads expire)",
            Fmt.num(figures.settleSeconds(), 1) + " s",
            ""));
    table.row(List.of("part files left", String.valueOf(figures.partFiles()), "0"));
    return report.table("Results", table);
  }

  private static double percentile(List<Double> sorted, int p) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }
}
