package io.github.nvfetch.cli;

import io.github.nvfetch.core.store.LocalStore;
import io.github.nvfetch.core.store.StagedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The part files an interrupted harvest leaves behind: {@code *.part} files of the images it
 * selected, in {@code <data dir>/neurovault/collection_<id>/}. The SDK deletes them when a harvest
 * is cancelled, on its I/O threads; the command line waits for that before the JVM exits and
 * removes what is still there.
 */
final class PartFiles {

  private static final Pattern IMAGE_ID = Pattern.compile("image_([0-9]{1,18})[._]");
  private static final long WAIT_MILLIS = 2_000;
  private static final long POLL_MILLIS = 25;

  private PartFiles() {}

  /**
   * Waits a little for the SDK's clean-up, then deletes the part files of these images.
   *
   * @param dataDir the harvest's data directory
   * @param ofThisRun which image ids the interrupted harvest selected
   * @return how many part files this method had to delete itself
   */
  static int removeLeftovers(Path dataDir, LongPredicate ofThisRun) {
    Path root = LocalStore.at(dataDir).root();
    long deadline = System.nanoTime() + WAIT_MILLIS * 1_000_000;
    List<Path> left = find(root, ofThisRun);
    while (!left.isEmpty() && System.nanoTime() < deadline) {
      pause();
      left = find(root, ofThisRun);
    }
    int deleted = 0;
    for (Path part : left) {
      try {
        deleted += Files.deleteIfExists(part) ? 1 : 0;
      } catch (IOException e) {
        // Reported by the next run: it ignores and replaces part files.
      }
    }
    return deleted;
  }

  /** The part files of these images now. */
  static List<Path> find(Path root, LongPredicate ofThisRun) {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> files =
        Files.find(
            root,
            2,
            (path, attributes) ->
                attributes.isRegularFile() && isPartOf(path.getFileName().toString(), ofThisRun))) {
      return files.toList();
    } catch (IOException | UncheckedIOException e) {
      return List.of();
    }
  }

  private static boolean isPartOf(String name, LongPredicate ofThisRun) {
    if (!name.endsWith(StagedFile.PART_SUFFIX)) {
      return false;
    }
    Matcher id = IMAGE_ID.matcher(name);
    return id.find() && ofThisRun.test(Long.parseLong(id.group(1)));
  }

  private static void pause() {
    try {
      Thread.sleep(POLL_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
