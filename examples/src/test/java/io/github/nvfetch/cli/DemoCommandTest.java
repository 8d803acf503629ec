package io.github.nvfetch.cli;

import static io.github.nvfetch.reactor.NeuroVaultClientBuilder.DEFAULT_BASE_URL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nvfetch demo}, twice: a fresh harvest, then the same images from the local store. */
class DemoCommandTest {

  @TempDir Path dir;

  @Test
  void runsEndToEndThenServesTheSecondRunFromDisk() throws IOException {
    String[] args = {"demo", "--data-dir", dir.toString(), "--latency-scale", "0.05"};

    CliRun first = CliRun.of(args);

    assertEquals(0, first.exitCode(), first.err());
    String out = first.out();
    assertTrue(
        out.startsWith(
            "nvfetch demo: harvesting 20 fMRI-BOLD images with Neurosynth "
                + "words from the EMBEDDED REPLICA at http://127.0.0.1:"),
        out);
    assertTrue(out.contains("Fetched 20 images in "), out);
    assertTrue(out.contains(": 0 from the local store, 20 downloaded.\nReceived "), out);
    String summary = out.substring(out.indexOf("Fetched "), out.indexOf("Files: "));
    assertTrue(
        summary.lines().filter(line -> !line.contains("://")).allMatch(line -> line.length() <= 80),
        "80 columns (URLs aside): " + summary);
    assertTrue(out.contains("  collection  images  name"), out);
    assertTrue(out.contains("map type"), out);
    assertTrue(out.contains("Top words (total weight over 20 images; vocabulary of "), out);
    assertTrue(out.contains("Files: " + dir.toAbsolutePath().resolve("neurovault")), out);
    assertTrue(
        out.contains("This demo ran against the embedded replica, not the real service."), out);
    assertTrue(
        out.contains(
            "  ./nvfetch fetch --base-url "
                + DEFAULT_BASE_URL
                + " --term "
                + "modality=fMRI-BOLD --max-images 20 --neurosynth"),
        out);
    assertTrue(imageFiles() >= 20, "files on disk");
    Path report = dir.toAbsolutePath().resolve("report.html");
    assertTrue(out.contains("Wrote report " + report), out);
    assertTrue(
        Files.readString(report).contains("data-count=\"fetched\"><span class=\"n\">20<"),
        "the report's counts");

    CliRun second = CliRun.of(args);

    assertEquals(0, second.exitCode(), second.err());
    assertTrue(
        second.out().contains(": 20 from the local store, 0 downloaded.\nReceived 0 B, "),
        second.out());
    assertTrue(
        second.out().contains("This run read 20 images from the local store and " + "downloaded 0"),
        second.out());
    assertTrue(second.out().contains("Top words"), second.out());
  }

  private long imageFiles() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(p -> p.getFileName().toString().matches("image_\\d+\\.nii\\.gz")).count();
    }
  }
}
