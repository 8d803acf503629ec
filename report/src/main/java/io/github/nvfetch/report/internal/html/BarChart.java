package io.github.nvfetch.report.internal.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A horizontal bar chart in plain HTML and CSS (a table; bar widths in percent of the largest
 * count), readable without JavaScript and printable. Shows the {@link #MAX_ROWS} largest categories
 * and folds the rest into one "others" row.
 */
final class BarChart {

  static final int MAX_ROWS = 12;

  private BarChart() {}

  /**
   * The chart of category counts.
   *
   * @param id the chart's element id
   * @param title its heading
   * @param counts label to count (raw text)
   */
  static String of(String id, String title, Map<String, Long> counts) {
    StringBuilder out = new StringBuilder();
    out.append("<div class=\"chart\" id=\"")
        .append(id)
        .append("\"><h3>")
        .append(Html.text(title))
        .append("</h3>");
    if (counts.isEmpty()) {
      return out.append("<p class=\"empty\">No images.</p></div>").toString();
    }
    Map<String, Long> rows = folded(counts);
    long max = rows.values().stream().mapToLong(Long::longValue).max().orElse(1);
    out.append("<table class=\"bars\">");
    rows.forEach(
        (label, count) ->
            out.append("<tr><th scope=\"row\" title=\"")
                .append(Html.text(label))
                .append("\">")
                .append(Html.text(label))
                .append("</th><td class=\"bar-cell\"><span class=\"bar\" style=\"width:")
                .append(Math.max(1, Math.round(100.0 * count / max)))
                .append("%\"></span></td>")
                .append("<td class=\"num\">")
                .append(count)
                .append("</td></tr>"));
    return out.append("</table></div>").toString();
  }

  private static Map<String, Long> folded(Map<String, Long> counts) {
    List<Map.Entry<String, Long>> sorted = new ArrayList<>(counts.entrySet());
    sorted.sort(Map.Entry.<String, Long>comparingByValue().reversed());
    Map<String, Long> rows = new LinkedHashMap<>();
    long others = 0;
    int otherKinds = 0;
    for (int i = 0; i < sorted.size(); i++) {
      if (i < MAX_ROWS || sorted.size() == MAX_ROWS + 1) {
        rows.put(sorted.get(i).getKey(), sorted.get(i).getValue());
      } else {
        others += sorted.get(i).getValue();
        otherKinds++;
      }
    }
    if (otherKinds > 0) {
      rows.put(otherKinds + " others", others);
    }
    return rows;
  }
}
