package io.github.nvfetch.core.internal;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The default nilearn data directory (nilearn's {@code get_data_dirs} then {@code
 * get_dataset_dir("neurovault")}): the candidates are {@code $NILEARN_SHARED_DATA}, {@code
 * $NILEARN_DATA} (each possibly a path list) and {@code ~/nilearn_data}; the first whose {@code
 * neurovault} sub-directory exists wins, else the first candidate. The result is absolute.
 */
public final class NilearnDataDir {

  /** Environment variable nilearn reads first. */
  public static final String SHARED_DATA_VARIABLE = "NILEARN_SHARED_DATA";

  /** Environment variable nilearn reads second. */
  public static final String DATA_VARIABLE = "NILEARN_DATA";

  /** The per-user fallback, under the home directory. */
  public static final String HOME_DIR_NAME = "nilearn_data";

  private NilearnDataDir() {}

  /** The default data directory for this process's environment and file system. */
  public static Path resolveDefault() {
    return resolve(
        System::getenv,
        Path.of(System.getProperty("user.home")),
        dir -> Files.isDirectory(dir.resolve("neurovault")));
  }

  /**
   * The default data directory for a given environment.
   *
   * @param environment reads an environment variable ({@code null} when unset)
   * @param home the user's home directory
   * @param hasNeurovaultDir tells whether a candidate already holds a {@code neurovault} dir
   */
  public static Path resolve(
      Function<String, String> environment, Path home, Predicate<Path> hasNeurovaultDir) {
    List<Path> candidates = candidates(environment, home);
    return candidates.stream()
        .filter(hasNeurovaultDir)
        .findFirst()
        .orElse(candidates.get(0))
        .toAbsolutePath();
  }

  private static List<Path> candidates(Function<String, String> environment, Path home) {
    List<Path> candidates = new ArrayList<>();
    for (String variable : List.of(SHARED_DATA_VARIABLE, DATA_VARIABLE)) {
      String value = environment.apply(variable);
      if (value == null) {
        continue;
      }
      for (String element : value.split(File.pathSeparator)) {
        if (!element.isBlank()) {
          candidates.add(expandHome(element, home));
        }
      }
    }
    candidates.add(home.resolve(HOME_DIR_NAME));
    return candidates;
  }

  private static Path expandHome(String path, Path home) {
    if (path.equals("~")) {
      return home;
    }
    return path.startsWith("~/") ? home.resolve(path.substring(2)) : Path.of(path);
  }
}
