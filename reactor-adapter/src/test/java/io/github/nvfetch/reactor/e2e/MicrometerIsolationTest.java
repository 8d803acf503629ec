package io.github.nvfetch.reactor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.nvfetch.testkit.CorpusSpec;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Micrometer is optional: without it on the classpath, a client builds and harvests. */
class MicrometerIsolationTest {

  private static final Path CLASSES = Path.of("target", "classes");

  @TempDir Path dataDir;

  /** The classpath of this test, without Micrometer and Resilience4j's Micrometer binders. */
  private static URL[] classpathWithoutMicrometer() throws IOException {
    List<URL> urls = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.contains("micrometer")) {
        urls.add(Path.of(entry).toUri().toURL());
      }
    }
    return urls.toArray(URL[]::new);
  }

  @Test
  void aClientHarvestsInAClassLoaderWithoutMicrometer() throws Exception {
    try (Replica replica =
            Replica.start(CorpusSpec.builder().seed(4).collections(4).images(40).build());
        URLClassLoader isolated =
            new URLClassLoader(
                classpathWithoutMicrometer(), ClassLoader.getPlatformClassLoader())) {
      assertThrows(
          ClassNotFoundException.class,
          () -> isolated.loadClass("io.micrometer.core.instrument.MeterRegistry"));
      Method run =
          isolated
              .loadClass("io.github.nvfetch.reactor.testing.NoMicrometerHarvest")
              .getMethod("run", String.class, String.class, String.class, int.class);
      Object fetched =
          run.invoke(
              null,
              replica.server.baseUrl(),
              replica.server.neurosynthUrl(),
              dataDir.toString(),
              5);
      assertEquals(5, fetched);
    }
  }

  /**
   * Only the metrics package refers to Micrometer, and the builder's {@code
   * meterRegistry(MeterRegistry)} signature (not loaded unless called).
   */
  @Test
  void onlyTheMetricsPackageReferencesMicrometer() throws IOException {
    List<String> offenders = new ArrayList<>();
    try (Stream<Path> files = Files.walk(CLASSES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = CLASSES.relativize(file).toString().replace(File.separatorChar, '/');
        String constants = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        if (constants.contains("io/micrometer")
            && !name.startsWith("io/github/nvfetch/reactor/internal/metrics/")
            && !name.equals("io/github/nvfetch/reactor/NeuroVaultClientBuilder.class")) {
          offenders.add(name);
        }
      }
    }
    assertEquals(List.of(), offenders);
    assertEquals(
        List.of(),
        Arrays.stream(io.github.nvfetch.reactor.NeuroVaultClientBuilder.class.getDeclaredFields())
            .filter(f -> f.getType().getName().startsWith("io.micrometer"))
            .map(f -> f.getName())
            .toList(),
        "no builder field is typed with a Micrometer class");
  }
}
