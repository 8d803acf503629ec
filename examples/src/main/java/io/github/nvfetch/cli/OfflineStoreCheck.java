package io.github.nvfetch.cli;

import io.github.nvfetch.core.store.LocalStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Says when {@code --mode offline} cannot find anything: the store is missing or holds no image,
 * which would otherwise look like a filter that selected nothing.
 */
final class OfflineStoreCheck {

  private static final String ADVICE =
      "offline mode reads nothing from the network; check "
          + "--data-dir, or run without --mode offline to download";

  private OfflineStoreCheck() {}

  /** A warning naming the store directory when it is missing or empty; empty when fine. */
  static Optional<String> warning(Path dataDir) {
    Path root = LocalStore.at(dataDir).root().toAbsolutePath();
    if (!Files.isDirectory(root)) {
      return Optional.of("the local store " + root + " does not exist; " + ADVICE);
    }
    if (!hasImageFile(root)) {
      return Optional.of("the local store " + root + " holds no image; " + ADVICE);
    }
    return Optional.empty();
  }

  private static boolean hasImageFile(Path root) {
    try (Stream<Path> files =
        Files.find(
            root,
            2,
            (path, attributes) ->
                attributes.isRegularFile()
                    && path.getFileName().toString().matches("image_[0-9]+\\.nii\\.gz"))) {
      return files.findAny().isPresent();
    } catch (IOException | UncheckedIOException e) {
      return true; // unreadable: the harvest reports it in its own words
    }
  }
}
