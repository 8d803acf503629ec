package io.github.nvfetch.cli;

import io.github.nvfetch.core.store.LocalStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Makes sure a harvest can write its files before it starts. The SDK, like nilearn, quietly works
 * offline when the store cannot be written; on the command line that is an error.
 */
final class DataDirCheck {

  private DataDirCheck() {}

  /**
   * Creates {@code <dataDir>/neurovault} when missing and checks it can be written.
   *
   * @throws CliException with {@link ExitCodes#STORAGE} when it cannot
   */
  static void requireWritable(Path dataDir) {
    Path root = LocalStore.at(dataDir).root();
    try {
      Files.createDirectories(root);
    } catch (IOException e) {
      throw notWritable(dataDir, Failures.describe(e));
    }
    if (!Files.isWritable(root)) {
      throw notWritable(dataDir, root + " is read-only");
    }
  }

  private static CliException notWritable(Path dataDir, String why) {
    return new CliException(
        ExitCodes.STORAGE,
        "cannot write to the data directory "
            + dataDir
            + " ("
            + why
            + "); choose another with --data-dir, or use --mode offline to read only");
  }
}
