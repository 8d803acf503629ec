package io.github.nvfetch.report.internal.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a report page shows, gathered before writing.
 *
 * @param title the page title
 * @param source where the data come from, e.g. {@code "harvest into /data"}
 * @param generatedAt when the report was written
 * @param elapsed how long the harvest took, when known
 * @param request the request as the user wrote it, line by line (empty when unknown)
 * @param versions software versions, name to version
 * @param counts the counts
 * @param images the fetched images, in result order
 * @param failures what failed, in order
 */
public record ReportContent(
    String title,
    String source,
    Instant generatedAt,
    Optional<Duration> elapsed,
    List<String> request,
    Map<String, String> versions,
    ReportCounts counts,
    List<ReportImage> images,
    List<ReportFailure> failures) {

  /** Copies the lists. */
  public ReportContent {
    request = List.copyOf(request);
    versions = Map.copyOf(versions);
    images = List.copyOf(images);
    failures = List.copyOf(failures);
  }
}
