package io.github.nvfetch.testkit.junit;

import io.github.nvfetch.core.store.StagedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a harvest left in a data directory, read from the file names of nilearn's layout ({@code
 * <data_dir>/neurovault/collection_<id>/image_<id>.nii.gz}).
 */
public final class StoreContents {

  private static final Pattern IMAGE_FILE = Pattern.compile("image_(\\d+)\\.nii\\.gz");
  private static final Pattern COLLECTION_DIR = Pattern.compile("collection_(\\d+)");

  /** The suffix of core's atomic writes before their move into place. */
  private static final String ATOMIC_WRITE_SUFFIX = ".nvtmp";

  private StoreContents() {}

  /**
   * Every file under {@code dataDir} whose name says it is partial or temporary (a download in
   * progress, an atomic write not yet moved into place).
   *
   * @param dataDir the data directory of a harvest; one that does not exist has none
   * @return the paths, in walk order
   */
  public static List<Path> leftovers(Path dataDir) {
    return walk(
        dataDir,
        path -> {
          String name = path.getFileName().toString();
          return name.endsWith(StagedFile.PART_SUFFIX) || name.endsWith(ATOMIC_WRITE_SUFFIX);
        });
  }

  /**
   * The ids of the image files stored under {@code dataDir}, in ascending order.
   *
   * @param dataDir the data directory of a harvest; one that does not exist has none
   * @return image ids
   */
  public static List<Long> imagesOnDisk(Path dataDir) {
    return walk(dataDir, path -> IMAGE_FILE.matcher(path.getFileName().toString()).matches())
        .stream()
        .map(path -> idOf(IMAGE_FILE, path))
        .sorted()
        .collect(Collectors.toList());
  }

  /**
   * The ids of the collections whose metadata file is stored under {@code dataDir}, ascending.
   *
   * @param dataDir the data directory of a harvest; one that does not exist has none
   * @return collection ids
   */
  public static List<Long> collectionsOnDisk(Path dataDir) {
    Path root = dataDir.resolve("neurovault");
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> dirs = Files.list(root)) {
      return dirs.filter(dir -> COLLECTION_DIR.matcher(dir.getFileName().toString()).matches())
          .filter(dir -> Files.isRegularFile(dir.resolve("collection_metadata.json")))
          .map(dir -> idOf(COLLECTION_DIR, dir))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long idOf(Pattern pattern, Path path) {
    Matcher matcher = pattern.matcher(path.getFileName().toString());
    if (!matcher.matches()) {
      throw new IllegalArgumentException(path + " does not match " + pattern);
    }
    return Long.parseLong(matcher.group(1));
  }

  private static List<Path> walk(Path dataDir, Predicate<Path> wanted) {
    if (!Files.exists(dataDir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dataDir)) {
      return files.filter(Files::isRegularFile).filter(wanted).collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
