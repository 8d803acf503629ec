package io.github.nvfetch.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class NilearnDataDirTest {

  private static final Path HOME = Path.of("/home/user");
  private static final Predicate<Path> NOTHING_EXISTS = dir -> false;

  @Test
  void homeDirectoryByDefault() {
    assertEquals(
        HOME.resolve("nilearn_data"),
        NilearnDataDir.resolve(Map.<String, String>of()::get, HOME, NOTHING_EXISTS));
  }

  @Test
  void sharedDataThenDataThenHome() {
    Map<String, String> env = Map.of("NILEARN_DATA", "/data", "NILEARN_SHARED_DATA", "/shared");
    assertEquals(Path.of("/shared"), NilearnDataDir.resolve(env::get, HOME, NOTHING_EXISTS));
    assertEquals(
        Path.of("/data"),
        NilearnDataDir.resolve(Map.of("NILEARN_DATA", "/data")::get, HOME, NOTHING_EXISTS));
  }

  @Test
  void anExistingNeurovaultDirectoryWins() {
    Map<String, String> env =
        Map.of(
            "NILEARN_DATA",
            "/data",
            "NILEARN_SHARED_DATA",
            "/shared" + File.pathSeparator + "/shared2");
    Set<Path> existing = Set.of(Path.of("/shared2"));
    assertEquals(Path.of("/shared2"), NilearnDataDir.resolve(env::get, HOME, existing::contains));
    assertEquals(
        HOME.resolve("nilearn_data"),
        NilearnDataDir.resolve(env::get, HOME, Set.of(HOME.resolve("nilearn_data"))::contains));
  }

  @Test
  void tildeAndRelativePaths() {
    assertEquals(
        HOME.resolve("nv"),
        NilearnDataDir.resolve(Map.of("NILEARN_DATA", "~/nv")::get, HOME, NOTHING_EXISTS));
    Path resolved =
        NilearnDataDir.resolve(Map.of("NILEARN_DATA", "rel")::get, HOME, NOTHING_EXISTS);
    assertTrue(resolved.isAbsolute());
    assertEquals(Path.of("rel").toAbsolutePath(), resolved);
  }

  @Test
  void blankVariablesAreIgnored() {
    assertEquals(
        HOME.resolve("nilearn_data"),
        NilearnDataDir.resolve(Map.of("NILEARN_DATA", " ")::get, HOME, NOTHING_EXISTS));
  }
}
