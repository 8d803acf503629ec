package io.github.nvfetch.cli;

import io.github.nvfetch.core.NeuroVaultDataset;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One metadata table to write after a harvest ({@code --export FORMAT FILE}).
 *
 * @param table which table
 * @param format csv or jsonl
 * @param file where to write it
 */
public record Export(NeuroVaultDataset.Table table, Format format, Path file) {

  /** The file formats. */
  public enum Format {
    /** Comma-separated values with a header row (union of keys). */
    CSV,
    /** JSON Lines: one object per line. */
    JSONL;

    /**
     * Reads {@code csv} or {@code jsonl}, in any case.
     *
     * @throws IllegalArgumentException for anything else
     */
    static Format parse(String text) {
      switch (text.toLowerCase(Locale.ROOT)) {
        case "csv":
          return CSV;
        case "jsonl":
          return JSONL;
        default:
          throw new IllegalArgumentException(
              "unknown export format '" + text + "': use csv or jsonl");
      }
    }
  }

  /** Writes the table of a dataset (atomically). */
  public void write(NeuroVaultDataset dataset) {
    if (format == Format.CSV) {
      dataset.writeCsv(table, file);
    } else {
      dataset.writeJsonLines(table, file);
    }
  }
}
