package io.github.nvfetch.cli;

import io.github.nvfetch.core.NeuroVaultDataset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The flags that say what a harvest prints and writes besides the images. */
public final class OutputOptions {

  @Option(
      names = "--json",
      description =
          "Print one JSON summary object as the last line of stdout (for scripts) "
              + "instead of progress and summary; warnings go to stderr.")
  boolean json;

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress and no summary; errors only.")
  boolean quiet;

  @Option(names = "--debug", description = "Log what the SDK does and print stack traces.")
  boolean debug;

  @Option(
      names = "--export",
      arity = "2",
      paramLabel = "FORMAT FILE",
      hideParamSyntax = true,
      description = "Write the images metadata table as csv or jsonl (one row per image).")
  List<String> exportImages = new ArrayList<>();

  @Option(
      names = "--export-collections",
      arity = "2",
      paramLabel = "FORMAT FILE",
      hideParamSyntax = true,
      description =
          "Write the collections metadata table as csv or jsonl (one row per " + "collection).")
  List<String> exportCollections = new ArrayList<>();

  /** Creates the options (picocli fills them). */
  public OutputOptions() {}

  /** Whether the machine summary is wanted. */
  public boolean json() {
    return json;
  }

  /** Whether only errors should be printed. */
  public boolean quiet() {
    return quiet;
  }

  /** Whether stack traces and SDK logs are wanted. */
  public boolean debug() {
    return debug;
  }

  /** Whether human text (progress, summary) should be printed on stdout. */
  public boolean humanOnStdout() {
    return !json && !quiet;
  }

  /**
   * The requested exports, images first.
   *
   * @throws IllegalArgumentException for a format other than csv or jsonl
   */
  public List<Export> exports() {
    List<Export> all = new ArrayList<>();
    addExport(all, exportImages, NeuroVaultDataset.Table.IMAGES);
    addExport(all, exportCollections, NeuroVaultDataset.Table.COLLECTIONS);
    return all;
  }

  private static void addExport(
      List<Export> all, List<String> values, NeuroVaultDataset.Table table) {
    for (int i = 0; i + 1 < values.size(); i += 2) {
      all.add(new Export(table, Export.Format.parse(values.get(i)), Path.of(values.get(i + 1))));
    }
  }
}
