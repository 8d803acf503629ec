package io.github.nvfetch.cli;

import io.github.nvfetch.core.NeuroVaultDataset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Makes sure an export can be written before the harvest starts, so a typo in a path does not cost
 * a whole harvest: the file is not a directory, its directory exists and can be written.
 */
final class ExportCheck {

  private ExportCheck() {}

  /**
   * Checks one export destination.
   *
   * @throws CliException with {@link ExitCodes#STORAGE} when it cannot be written
   */
  static void requireWritable(Export export) {
    Path file = export.file().toAbsolutePath();
    Path dir = file.getParent();
    if (Files.isDirectory(file)) {
      throw cannot(export, file + " is a directory; give a file name");
    }
    if (dir == null || !Files.isDirectory(dir)) {
      throw cannot(export, "the directory " + dir + " does not exist; create it first");
    }
    if (!Files.isWritable(dir)) {
      throw cannot(export, "the directory " + dir + " is not writable");
    }
    if (Files.exists(file) && !Files.isWritable(file)) {
      throw cannot(export, file + " is read-only");
    }
  }

  /** The flag that asked for an export, for messages. */
  static String flag(Export export) {
    return export.table() == NeuroVaultDataset.Table.IMAGES ? "--export" : "--export-collections";
  }

  private static CliException cannot(Export export, String why) {
    return new CliException(
        ExitCodes.STORAGE,
        flag(export)
            + ": cannot write "
            + export.file()
            + ": "
            + why
            + " (checked before the harvest: nothing was fetched)");
  }
}
