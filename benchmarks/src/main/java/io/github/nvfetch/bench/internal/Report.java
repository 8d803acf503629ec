package io.github.nvfetch.bench.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures of one benchmark run: a title, the context (date, commit, machine, load), settings,
 * tables and notes. Printed to the terminal and appended, as Markdown, to {@code
 * docs/BENCHMARKS.md}.
 */
public final class Report {

  private final String title;
  private final String date;
  private final String commit;
  private final String machine;
  private final String loadBefore;
  private final List<String> settings = new ArrayList<>();
  private final List<TextTable> tables = new ArrayList<>();
  private final List<String> tableTitles = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private String loadAfter = "";

  /** Starts a report now: records the date, commit, machine and the load average before the run. */
  public Report(String title) {
    this.title = title;
    this.date =
        ZonedDateTime.now(ZoneOffset.UTC)
            .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
    this.commit = GitInfo.describeCommit();
    this.machine = Machine.describe();
    this.loadBefore = Machine.loadAverage();
  }

  /** Adds a line to the settings list. */
  public Report setting(String line) {
    settings.add(line);
    return this;
  }

  /** Adds a table with a caption. */
  public Report table(String caption, TextTable table) {
    tableTitles.add(caption);
    tables.add(table);
    return this;
  }

  /** Adds a note shown under the tables. */
  public Report note(String line) {
    notes.add(line);
    return this;
  }

  /** Records the load average at the end of the run (call once, after measuring). */
  public Report finish() {
    loadAfter = Machine.loadAverage();
    return this;
  }

  /** Prints the report for a terminal. */
  public void print(PrintStream out) {
    out.println();
    out.println("== " + title + " (" + date + ", commit " + commit + ")");
    out.println("machine: " + machine);
    out.println("load average (1/5/15 min): before " + loadBefore + ", after " + loadAfter);
    settings.forEach(s -> out.println("- " + s));
    for (int i = 0; i < tables.size(); i++) {
      out.println();
      out.println(tableTitles.get(i));
      out.print(tables.get(i).render());
    }
    if (!notes.isEmpty()) {
      out.println();
      notes.forEach(n -> out.println("* " + n));
    }
    out.flush();
  }

  /** The report as a Markdown section. */
  public String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("\n### ").append(title).append(" — ").append(date).append("\n\n");
    md.append("- commit: ").append(commit).append('\n');
    md.append("- machine: ").append(machine).append('\n');
    md.append("- load average (1/5/15 min): before ")
        .append(loadBefore)
        .append(", after ")
        .append(loadAfter)
        .append('\n');
    settings.forEach(s -> md.append("- ").append(s).append('\n'));
    for (int i = 0; i < tables.size(); i++) {
      md.append('\n').append(tableTitles.get(i)).append("\n\n").append(tables.get(i).markdown());
    }
    if (!notes.isEmpty()) {
      md.append('\n');
      notes.forEach(n -> md.append("- ").append(n).append('\n'));
    }
    return md.toString();
  }

  /**
   * Appends the Markdown section to a file, creating it (and its directory) when missing.
   *
   * @throws UncheckedIOException when the file cannot be written
   */
  public void appendTo(Path file) {
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.writeString(
          file,
          markdown(),
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append the figures to " + file, e);
    }
  }
}
