package io.github.nvfetch.bench.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of strings rendered with aligned columns for a terminal, or as a Markdown table for the
 * report.
 */
public final class TextTable {

  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  /** Creates a table with these column headers. */
  public TextTable(List<String> headers) {
    this.headers = List.copyOf(headers);
  }

  /**
   * Adds a row.
   *
   * @throws IllegalArgumentException when the row has not one cell per column
   */
  public TextTable row(List<String> cells) {
    if (cells.size() != headers.size()) {
      throw new IllegalArgumentException(
          "row has " + cells.size() + " cells, table has " + headers.size() + " columns");
    }
    rows.add(List.copyOf(cells));
    return this;
  }

  /** The rows added so far. */
  public List<List<String>> rows() {
    return List.copyOf(rows);
  }

  /** Aligned columns separated by two spaces, with a dashed rule under the headers. */
  public String render() {
    int[] widths = widths();
    StringBuilder out = new StringBuilder();
    line(out, headers, widths);
    List<String> rule = new ArrayList<>();
    for (int width : widths) {
      rule.add("-".repeat(width));
    }
    line(out, rule, widths);
    rows.forEach(row -> line(out, row, widths));
    return out.toString();
  }

  /** A GitHub-flavoured Markdown table. */
  public String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("| ").append(String.join(" | ", headers)).append(" |\n|");
    headers.forEach(h -> out.append("---|"));
    out.append('\n');
    rows.forEach(row -> out.append("| ").append(String.join(" | ", row)).append(" |\n"));
    return out.toString();
  }

  private int[] widths() {
    int[] widths = new int[headers.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = headers.get(c).length();
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    return widths;
  }

  private static void line(StringBuilder out, List<String> cells, int[] widths) {
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      out.append(
          c == 0
              ? cell + " ".repeat(widths[c] - cell.length())
              : " ".repeat(widths[c] - cell.length()) + cell);
      out.append(c + 1 < cells.size() ? "  " : "\n");
    }
  }
}
