package io.github.nvfetch.report.internal.html;

import io.github.nvfetch.report.Thumbnail;
import io.github.nvfetch.report.internal.model.ReportImage;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** One image's card: thumbnail with its colour scale, name linked to its page, fields, words. */
final class ImageCard {

  private ImageCard() {}

  static String of(
      ReportImage image, Optional<Thumbnail> thumbnail, Function<Thumbnail, String> source) {
    StringBuilder out = new StringBuilder();
    out.append("<article class=\"card\" id=\"image-")
        .append(image.id())
        .append("\" data-image-id=\"")
        .append(image.id())
        .append("\">");
    out.append(figure(image, thumbnail, source));
    String name = image.name().orElse("image " + image.id());
    out.append("<h3><a href=\"")
        .append(Html.text(image.page()))
        .append("\" rel=\"noopener\">")
        .append(Html.text(name))
        .append("</a></h3>");
    out.append("<dl class=\"fields\">");
    field(
        out,
        "Collection",
        image
            .collectionName()
            .map(n -> n + " (id " + image.collectionId() + ")")
            .orElse("id " + image.collectionId()));
    field(out, "Map type", image.mapType().orElse("unknown"));
    field(out, "Modality", image.modality().orElse("unknown"));
    field(
        out,
        "Subjects",
        image.subjects().isPresent() ? String.valueOf(image.subjects().getAsLong()) : "unknown");
    field(out, "Image", image.id() + (image.downloaded() ? ", downloaded" : ", from disk"));
    out.append("</dl>");
    out.append(words(image));
    return out.append("</article>").toString();
  }

  private static String figure(
      ReportImage image, Optional<Thumbnail> thumbnail, Function<Thumbnail, String> source) {
    if (thumbnail.isEmpty() || thumbnail.get().file().isEmpty()) {
      String why = thumbnail.flatMap(Thumbnail::problem).orElse("not rendered");
      return "<figure><div class=\"no-thumb\">No thumbnail: " + Html.text(why) + "</div></figure>";
    }
    return "<figure><img src=\""
        + Html.text(source.apply(thumbnail.get()))
        + "\" alt=\"Glass brain of image "
        + image.id()
        + ": sagittal, coronal and axial maximum-intensity projections\">"
        + "<div class=\"views\"><span style=\"width:36.5%\">sagittal</span>"
        + "<span style=\"width:31.8%\">coronal</span><span style=\"width:31.7%\">axial</span>"
        + "</div>"
        + Legend.of(thumbnail.get())
        + "</figure>";
  }

  private static void field(StringBuilder out, String label, String value) {
    out.append("<dt>").append(label).append("</dt><dd>").append(Html.text(value)).append("</dd>");
  }

  private static String words(ReportImage image) {
    if (image.topWords().isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("<p class=\"words\" title=\"Top Neurosynth words\">");
    for (Map.Entry<String, Double> word : image.topWords()) {
      out.append("<span title=\"")
          .append(Html.number(word.getValue()))
          .append("\">")
          .append(Html.text(word.getKey()))
          .append("</span>");
    }
    return out.append("</p>").toString();
  }
}
