package io.github.nvfetch.cli;

import io.github.nvfetch.core.Mode;
import io.github.nvfetch.core.NeuroVaultDataset;
import io.github.nvfetch.core.store.LocalStore;
import io.github.nvfetch.reactor.HarvestProgress;
import io.github.nvfetch.reactor.NeuroVaultClient;
import io.github.nvfetch.reactor.NeuroVaultClientBuilder;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import reactor.core.Disposable;
import reactor.core.Exceptions;

/**
 * Runs a harvest for a command and shows it: checks the data directory and the exports, shows
 * progress while it runs, then writes the exports and prints the human summary or the {@code
 * --json} line. With {@code --json} the last line of stdout is always JSON: the summary, an error
 * object when the run stops, or an {@code interrupted} object after Ctrl-C.
 */
public final class HarvestSession {

  private final PrintWriter out;
  private final PrintWriter err;
  private final OutputOptions output;
  private final boolean terminal;
  private final long startNanos = System.nanoTime();
  private final List<String> warnings = new ArrayList<>();
  private volatile HarvestRecorder progress;
  private boolean summaryPrinted;
  private String neurosynthUrl = RunWarnings.PUBLIC_NEUROSYNTH;

  /**
   * Creates a session.
   *
   * @param out standard output of the command
   * @param err standard error of the command
   * @param output the output flags
   * @param terminal whether stdout is an interactive terminal (progress bar or plain lines)
   */
  public HarvestSession(PrintWriter out, PrintWriter err, OutputOptions output, boolean terminal) {
    this.out = out;
    this.err = err;
    this.output = output;
    this.terminal = terminal;
  }

  /**
   * Names the Neurosynth address the client uses, for the warning when no words came.
   *
   * @param url the decode address
   * @return this session
   */
  public HarvestSession neurosynthUrl(String url) {
    this.neurosynthUrl = url;
    return this;
  }

  /** Whether stdout of this process is an interactive terminal. */
  @SuppressWarnings("SystemConsoleNull") // Java 17: null exactly when not interactive
  public static boolean stdoutIsTerminal() {
    return System.console() != null;
  }

  /**
   * Builds the job and runs it; with {@code --json}, a failure first prints its JSON error line.
   *
   * @param job builds the harvest from the flags (may throw for bad input)
   * @param client builds the client settings from the flags (may throw for bad input)
   * @return the exit code: {@link ExitCodes#OK}, or {@link ExitCodes#NOTHING_FETCHED}
   * @throws RuntimeException what {@link #run} throws, for {@link Failures} to report
   */
  public int execute(Supplier<HarvestJob> job, Supplier<NeuroVaultClientBuilder> client) {
    return execute(job, client, report -> {});
  }

  /**
   * {@link #execute(Supplier, Supplier)}, handing the finished harvest's report to {@code done}
   * before the exit code is returned (for a harvest report page).
   */
  public int execute(
      Supplier<HarvestJob> job,
      Supplier<NeuroVaultClientBuilder> client,
      java.util.function.Consumer<HarvestReport> done) {
    try {
      HarvestReport report = run(job.get(), client.get());
      done.accept(report);
      return report.exitCode();
    } catch (RuntimeException e) {
      if (output.json() && !summaryPrinted) {
        out.println(
            JsonSummary.failure(
                Failures.message(e),
                Failures.exitCode(e),
                progress,
                elapsed().toMillis(),
                warnings));
        out.flush();
      }
      throw e;
    }
  }

  /**
   * Runs a harvest to its end, showing progress, and prints its summary.
   *
   * @param job the harvest
   * @param client the client settings (the session builds and closes the client)
   * @return the result
   * @throws CliException for a data directory or an export that cannot be written (an export that
   *     fails after the harvest is reported after the summary); the SDK's exceptions
   *     (HarvestAbortedException, ...) pass through, for {@link Failures} to report
   */
  public HarvestReport run(HarvestJob job, NeuroVaultClientBuilder client) {
    List<Export> exports = output.exports();
    exports.forEach(ExportCheck::requireWritable);
    if (job.mode() != Mode.OFFLINE) {
      DataDirCheck.requireWritable(job.dataDir());
    } else {
      OfflineStoreCheck.warning(job.dataDir()).ifPresent(warnings::add);
    }
    warnings.addAll(job.warnings());
    warnings.forEach(this::warn);
    err.flush();
    HarvestReport report = harvest(job, client);
    List<String> after = new ArrayList<>(RunWarnings.of(job, report, progress, neurosynthUrl));
    after.forEach(this::warn);
    List<String> exportFailures = new ArrayList<>();
    List<Export> written = new ArrayList<>();
    for (Export export : exports) {
      java.util.Optional<String> failure = write(export, report.dataset());
      failure.ifPresent(exportFailures::add);
      if (failure.isEmpty()) {
        written.add(export);
      }
    }
    after.addAll(exportFailures);
    warnings.addAll(after);
    report = report.withWarnings(after);
    present(report, job.byIds(), written);
    if (!exportFailures.isEmpty()) {
      throw new CliException(ExitCodes.STORAGE, exportFailures.get(0));
    }
    return report;
  }

  private void warn(String warning) {
    err.println("warning: " + warning);
  }

  private Duration elapsed() {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }

  private HarvestReport harvest(HarvestJob job, NeuroVaultClientBuilder builder) {
    HarvestRecorder counters = new HarvestRecorder(job.maxImages());
    progress = counters;
    long start = System.nanoTime();
    NeuroVaultClient client = builder.build();
    ProgressDisplay display = ProgressDisplay.open(counters::progress, output, out, terminal);
    CompletableFuture<NeuroVaultDataset> result = new CompletableFuture<>();
    Disposable running =
        job.runner()
            .apply(client, counters)
            .subscribe(
                result::complete, result::completeExceptionally, () -> result.complete(null));
    Interruption interruption = new Interruption(job, running, display, counters);
    Thread hook = new Thread(interruption::run, "nvfetch-interrupt");
    Runtime.getRuntime().addShutdownHook(hook);
    NeuroVaultDataset dataset;
    try {
      dataset = Objects.requireNonNull(await(result));
    } finally {
      removeHook(hook);
      client.close(); // delivers the events still queued, before the display's last update
      display.close();
    }
    return new HarvestReport(
        dataset,
        Duration.ofNanos(System.nanoTime() - start),
        counters.progress(),
        counters.failedCollections(),
        job.dataDir(),
        job.wordsRequested(),
        List.copyOf(warnings));
  }

  private static NeuroVaultDataset await(CompletableFuture<NeuroVaultDataset> result) {
    try {
      return result.join();
    } catch (CompletionException e) {
      throw Exceptions.propagate(e.getCause() == null ? e : e.getCause());
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // The JVM is exiting: the hook is running or has run.
    }
  }

  /** What Ctrl-C does while a harvest runs (a shutdown hook: SIGINT, SIGTERM). */
  private final class Interruption {
    private final HarvestJob job;
    private final Disposable running;
    private final ProgressDisplay display;
    private final HarvestRecorder counters;

    Interruption(
        HarvestJob job, Disposable running, ProgressDisplay display, HarvestRecorder counters) {
      this.job = job;
      this.running = running;
      this.display = display;
      this.counters = counters;
    }

    void run() {
      running.dispose();
      display.close();
      PartFiles.removeLeftovers(job.dataDir(), counters::wasSelected);
      String resume = resumeAdvice(job);
      if (output.json()) {
        out.println(JsonSummary.interrupted(resume, counters, elapsed().toMillis(), warnings));
        out.flush();
      } else {
        HarvestProgress s = counters.progress();
        long stored = s.fromDisk() + s.downloaded();
        err.println();
        err.println(
            "nvfetch: interrupted after "
                + Sizes.duration(elapsed())
                + ": "
                + stored
                + (stored == 1 ? " image" : " images")
                + " stored in "
                + LocalStore.at(job.dataDir()).root().toAbsolutePath()
                + " ("
                + s.downloaded()
                + " downloaded, "
                + s.fromDisk()
                + " already there"
                + (s.failed() > 0 ? ", " + s.failed() + " failed" : "")
                + "); the part files of unfinished downloads were removed.");
        err.println(resume);
      }
      err.flush();
    }
  }

  private static String resumeAdvice(HarvestJob job) {
    String again =
        "To resume, run the same command again: the images already stored are read "
            + "from disk, not downloaded again";
    if (job.mode() == Mode.OVERWRITE) {
      return again.replace(
              "run the same command again", "run the same command with --mode download_new")
          + ".";
    }
    if (job.byIds() || job.mode() != Mode.DOWNLOAD_NEW) {
      return again + ".";
    }
    return "To resume, run the same command again with --resume: the collections already walked "
        + "are not listed again, and the images already stored are read from disk, not "
        + "downloaded again.";
  }

  private static java.util.Optional<String> write(Export export, NeuroVaultDataset dataset) {
    try {
      export.write(dataset);
      return java.util.Optional.empty();
    } catch (RuntimeException e) {
      return java.util.Optional.of(
          ExportCheck.flag(export)
              + ": cannot write "
              + export.file()
              + ": "
              + Failures.describe(e)
              + " (the images are stored; the summary is complete)");
    }
  }

  private void present(HarvestReport report, boolean byIds, List<Export> exports) {
    if (output.json()) {
      out.println(JsonSummary.line(report, byIds));
      out.flush();
      summaryPrinted = true;
    } else if (!output.quiet()) {
      SummaryRenderer.print(report, out);
      for (Export export : exports) {
        out.println(
            "Wrote "
                + export.file().toAbsolutePath()
                + " ("
                + export.table().name().toLowerCase(Locale.ROOT)
                + " metadata, "
                + export.format().name().toLowerCase(Locale.ROOT)
                + ")");
      }
      out.flush();
    }
  }
}
