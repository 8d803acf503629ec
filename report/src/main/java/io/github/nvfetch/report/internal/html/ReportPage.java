package io.github.nvfetch.report.internal.html;

import io.github.nvfetch.report.Thumbnail;
import io.github.nvfetch.report.internal.model.ReportContent;
import io.github.nvfetch.report.internal.model.ReportCounts;
import io.github.nvfetch.report.internal.model.ReportFailure;
import io.github.nvfetch.report.internal.model.ReportImage;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Writes the report page: one HTML document with its style sheet inline and no script. Images point
 * at their thumbnails through a function (relative file URL or data URI).
 */
public final class ReportPage {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  private ReportPage() {}

  /**
   * The page.
   *
   * @param content what to show
   * @param thumbnails the thumbnails by image id
   * @param source the {@code src} of a rendered thumbnail
   */
  public static String html(
      ReportContent content, Map<Long, Thumbnail> thumbnails, Function<Thumbnail, String> source) {
    StringBuilder out = new StringBuilder(64 * 1024);
    out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>")
        .append(Html.text(content.title()))
        .append("</title><style>")
        .append(Styles.CSS)
        .append("</style></head>\n<body><main>\n");
    out.append(header(content))
        .append(counts(content.counts()))
        .append(request(content))
        .append(charts(content))
        .append(failures(content))
        .append(images(content, thumbnails, source))
        .append(footer(content));
    return out.append("</main></body></html>\n").toString();
  }

  private static String header(ReportContent content) {
    String elapsed = content.elapsed().map(d -> " · took " + duration(d)).orElse("");
    return "<header><h1>"
        + Html.text(content.title())
        + "</h1><p class=\"meta\">"
        + "<time datetime=\""
        + content.generatedAt()
        + "\">"
        + DATE.format(content.generatedAt())
        + "</time> · "
        + Html.text(content.source())
        + Html.text(elapsed)
        + "</p></header>\n";
  }

  private static String counts(ReportCounts counts) {
    return "<section class=\"counts\" id=\"counts\" aria-label=\"Counts\">"
        + count("selected", "selected", counts.selected(), false)
        + count("fetched", "fetched", counts.fetched(), false)
        + count("downloaded", "downloaded", counts.downloaded(), false)
        + count("from-disk", "from disk", counts.fromDisk(), false)
        + count("failed", "failed", counts.failed(), counts.failed() > 0)
        + "</section>\n";
  }

  private static String count(String key, String label, long n, boolean bad) {
    return "<div class=\"count"
        + (bad ? " bad" : "")
        + "\" data-count=\""
        + key
        + "\"><span class=\"n\">"
        + n
        + "</span><span class=\"label\">"
        + label
        + "</span></div>";
  }

  private static String request(ReportContent content) {
    String body =
        content.request().isEmpty()
            ? "<p class=\"empty\">Not recorded.</p>"
            : "<pre class=\"request\">"
                + Html.text(String.join("\n", content.request()))
                + "</pre>";
    return "<section id=\"request\"><h2>Request</h2>" + body + "</section>\n";
  }

  private static String charts(ReportContent content) {
    Map<String, Long> mapTypes = new TreeMap<>();
    Map<String, Long> modalities = new TreeMap<>();
    Map<String, Long> collections = new LinkedHashMap<>();
    for (ReportImage image : content.images()) {
      mapTypes.merge(image.mapType().orElse("unknown"), 1L, Long::sum);
      modalities.merge(image.modality().orElse("unknown"), 1L, Long::sum);
      collections.merge(
          image
              .collectionName()
              .map(n -> n + " (id " + image.collectionId() + ")")
              .orElse("collection " + image.collectionId()),
          1L,
          Long::sum);
    }
    return "<section id=\"charts\"><h2>What was fetched</h2><div class=\"charts\">"
        + BarChart.of("chart-map-types", "Map types", mapTypes)
        + BarChart.of("chart-modalities", "Modalities", modalities)
        + BarChart.of("chart-collections", "Images per collection", collections)
        + "</div></section>\n";
  }

  private static String failures(ReportContent content) {
    StringBuilder out =
        new StringBuilder("<section id=\"failures\"><h2>Failures (")
            .append(content.failures().size())
            .append(")</h2>");
    if (content.failures().isEmpty()) {
      return out.append("<p class=\"empty\">Nothing failed.</p></section>\n").toString();
    }
    out.append("<table class=\"failures\"><thead><tr><th>What</th><th>Name</th>")
        .append("<th>Reason</th></tr></thead><tbody>");
    for (ReportFailure failure : content.failures()) {
      out.append("<tr class=\"failure\" data-kind=\"")
          .append(failure.kind())
          .append("\" data-id=\"")
          .append(failure.id())
          .append("\"><td>")
          .append(failure.kind())
          .append(' ')
          .append(failure.id())
          .append("</td><td>")
          .append(Html.text(failure.name().orElse("")))
          .append("</td><td class=\"reason\">")
          .append(Html.text(failure.reason()))
          .append("</td></tr>");
    }
    return out.append("</tbody></table></section>\n").toString();
  }

  private static String images(
      ReportContent content, Map<Long, Thumbnail> thumbnails, Function<Thumbnail, String> source) {
    StringBuilder out =
        new StringBuilder("<section id=\"images\"><h2>Images (")
            .append(content.images().size())
            .append(")</h2>");
    if (content.images().isEmpty()) {
      return out.append("<p class=\"empty\">No image was fetched.</p></section>\n").toString();
    }
    out.append("<div class=\"grid\">");
    for (ReportImage image : content.images()) {
      out.append(ImageCard.of(image, Optional.ofNullable(thumbnails.get(image.id())), source))
          .append('\n');
    }
    return out.append("</div></section>\n").toString();
  }

  private static String footer(ReportContent content) {
    StringBuilder out = new StringBuilder("<footer><dl>");
    content.versions().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e ->
                out.append("<div><dt>")
                    .append(Html.text(e.getKey()))
                    .append("</dt><dd>")
                    .append(Html.text(e.getValue()))
                    .append("</dd></div>"));
    return out.append("</dl><p>Thumbnails: maximum-intensity projections on the MNI 2 mm grid, ")
        .append("threshold at the 95th percentile of nonzero magnitudes; grey: the map's nonzero")
        .append(" voxels. Data from NeuroVault (neurovault.org).</p></footer>\n")
        .toString();
  }

  private static String duration(Duration d) {
    long millis = d.toMillis();
    if (millis < 60_000) {
      return String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
    }
    return d.toMinutes() + " min " + d.toSecondsPart() + " s";
  }
}
