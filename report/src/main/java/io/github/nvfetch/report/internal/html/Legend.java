package io.github.nvfetch.report.internal.html;

import io.github.nvfetch.report.Thumbnail;
import io.github.nvfetch.report.internal.projection.ColorMap;

/**
 * The colour scale under a thumbnail: a CSS gradient with the threshold and the maximum, both
 * halves for a signed map (blues below 0, reds above), one for a positive map.
 */
final class Legend {

  private Legend() {}

  static String of(Thumbnail thumbnail) {
    String max = Html.number(thumbnail.max());
    String threshold = Html.number(thumbnail.threshold());
    StringBuilder out = new StringBuilder("<div class=\"legend\">");
    if (thumbnail.signed()) {
      out.append(label("&minus;" + max))
          .append(bar(ColorMap.DIVERGING, true))
          .append(label("&plusmn;" + threshold))
          .append(bar(ColorMap.DIVERGING, false))
          .append(label(max));
    } else {
      out.append(label(threshold)).append(bar(ColorMap.SEQUENTIAL, false)).append(label(max));
    }
    return out.append("</div>").toString();
  }

  private static String label(String text) {
    return "<span class=\"tick\">" + text + "</span>";
  }

  private static String bar(ColorMap map, boolean negative) {
    String[] stops = map.cssStops(negative);
    StringBuilder gradient = new StringBuilder("linear-gradient(to right");
    for (int i = 0; i < stops.length; i++) {
      gradient.append(", ").append(stops[negative ? stops.length - 1 - i : i]);
    }
    return "<span class=\"scale\" style=\"background:" + gradient + ")\"></span>";
  }
}
