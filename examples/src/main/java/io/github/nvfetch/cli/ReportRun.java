package io.github.nvfetch.cli;

import io.github.nvfetch.reactor.HarvestEvent;
import io.github.nvfetch.reactor.HarvestListener;
import io.github.nvfetch.report.ReportException;
import io.github.nvfetch.report.ThumbnailPool;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The report of one harvest command, when {@code --report} was given: thumbnails are rendered on a
 * bounded pool of worker threads as the harvest reports each stored image (the event thread only
 * queues them), and the page is written after the summary.
 */
final class ReportRun implements AutoCloseable {

  private final ReportOptions options;
  private final Optional<ThumbnailPool> pool;

  private ReportRun(ReportOptions options, Optional<ThumbnailPool> pool) {
    this.options = options;
    this.pool = pool;
  }

  /** A run for these flags (does nothing without {@code --report}). */
  static ReportRun start(ReportOptions options) {
    Optional<ThumbnailPool> pool =
        options
            .report()
            .filter(file -> !options.inline())
            .map(
                file ->
                    ThumbnailPool.create(
                        io.github.nvfetch.report.HarvestReport.thumbnailFolder(file)));
    return new ReportRun(options, pool);
  }

  /** The job, also queueing every stored image for its thumbnail. */
  HarvestJob wrap(HarvestJob job) {
    if (pool.isEmpty()) {
      return job;
    }
    ThumbnailPool thumbnails = pool.get();
    return new HarvestJob(
        job.dataDir(),
        job.mode(),
        job.maxImages(),
        job.wordsRequested(),
        job.warnings(),
        job.byIds(),
        (client, listener) -> job.runner().apply(client, both(listener, thumbnails)),
        job.imageTermKeys(),
        job.collectionTermKeys());
  }

  private static HarvestListener both(HarvestListener listener, ThumbnailPool thumbnails) {
    return event -> {
      listener.onEvent(event);
      if (event instanceof HarvestEvent.ImageFetched fetched) {
        thumbnails.submit(fetched.image().imageId(), fetched.image().file());
      }
    };
  }

  /**
   * Writes the report, when asked for, and says where it is.
   *
   * @param result the harvest's result
   * @param commandLine the command as the user typed it (shown as the request)
   * @param requestFile the {@code --request} file, whose text is shown too
   * @param out where to say it (null for nothing)
   * @throws CliException when the report cannot be written
   */
  void write(
      HarvestReport result, String commandLine, Optional<Path> requestFile, PrintWriter out) {
    if (options.report().isEmpty()) {
      return;
    }
    Map<Long, String> failedCollections = new LinkedHashMap<>();
    result.failedCollections().forEach(f -> failedCollections.put(f.collectionId(), f.reason()));
    io.github.nvfetch.report.HarvestReport.Builder report =
        io.github.nvfetch.report.HarvestReport.of(result.dataset())
            .request(requestLines(commandLine, requestFile))
            .elapsed(result.elapsed())
            .failedCollections(failedCollections)
            .inlineThumbnails(options.inline());
    pool.ifPresent(report::thumbnails);
    Path written = writeOrFail(report, options.report().get());
    if (out != null) {
      out.println("Wrote report " + written);
      out.flush();
    }
  }

  static Path writeOrFail(io.github.nvfetch.report.HarvestReport.Builder report, Path file) {
    try {
      return report.build().write(file);
    } catch (ReportException e) {
      throw new CliException(ExitCodes.STORAGE, e.getMessage(), e);
    }
  }

  /** The command line, then the request file's text when there is one. */
  static List<String> requestLines(String commandLine, Optional<Path> requestFile) {
    List<String> lines = new java.util.ArrayList<>();
    if (!commandLine.isEmpty()) {
      lines.add(commandLine);
    }
    requestFile.ifPresent(
        file -> {
          if (!lines.isEmpty()) {
            lines.add("");
            lines.add("--request " + file + ":");
          }
          try {
            lines.addAll(Files.readAllLines(file));
          } catch (java.io.IOException | RuntimeException e) {
            lines.add("(cannot read: " + e.getMessage() + ")");
          }
        });
    return lines;
  }

  /** The arguments as one shell-like line, quoting those with spaces or quotes. */
  static String shellLine(String command, List<String> args) {
    StringBuilder line = new StringBuilder(command);
    for (String arg : args) {
      line.append(' ')
          .append(
              arg.matches("[A-Za-z0-9_./=:,@%+-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'");
    }
    return line.toString();
  }

  @Override
  public void close() {
    pool.ifPresent(ThumbnailPool::close);
  }
}
