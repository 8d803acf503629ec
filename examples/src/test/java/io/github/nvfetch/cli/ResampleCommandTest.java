package io.github.nvfetch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.store.LocalStore;
import io.github.nvfetch.testkit.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code --resample} and {@code --interpolation} on the command line. */
class ResampleCommandTest {

  @RegisterExtension static final TestReplica replica = new TestReplica();

  @TempDir Path dir;

  @Test
  void idsWithResampleStoresOnlyTheResampledFileWithItsInterpolation() throws Exception {
    Corpus corpus = replica.server().corpus();
    long collection = corpus.collectionIds().findFirst().orElseThrow();
    long image = corpus.imageIds(collection).findFirst().orElseThrow();

    CliRun run =
        CliRun.of(
            replica.args(
                "ids",
                "--data-dir",
                dir.toString(),
                "--image",
                String.valueOf(image),
                "--resample",
                "--interpolation",
                "nearest",
                "--json"));

    assertEquals(0, run.exitCode(), run.err());
    LocalStore store = LocalStore.at(dir);
    assertTrue(Files.isRegularFile(store.resampledFile(collection, image)));
    assertFalse(Files.exists(store.imageFile(collection, image)), "original kept");
    String metadata =
        Files.readString(
            store.collectionDir(collection).resolve("image_" + image + "_metadata.json"));
    assertTrue(
        metadata.matches("(?s).*\"resampled_interpolation\"\\s*:\\s*\"nearest\".*"), metadata);
  }

  @Test
  void anUnknownInterpolationIsAUsageErrorNamingTheChoices() {
    CliRun run =
        CliRun.of(
            replica.args(
                "ids",
                "--data-dir",
                dir.toString(),
                "--image",
                "1",
                "--resample",
                "--interpolation",
                "cubic"));

    assertNotEquals(0, run.exitCode());
    assertTrue(run.err().contains("nearest"), run.err());
  }
}
