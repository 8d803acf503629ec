package io.github.nvfetch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.nvfetch.testkit.FileStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Never a silent empty result: nothing fetched but failures is exit 4 with the summary, a failed
 * run still ends stdout with JSON, exports are checked before the harvest and a failed export still
 * prints the summary.
 */
class NothingFetchedTest {

  @RegisterExtension static final TestReplica replica = new TestReplica();

  @TempDir Path dir;

  private static long missingImage() {
    return replica
        .server()
        .corpus()
        .imageIds()
        .filter(id -> replica.server().corpus().fileStatus(id) == FileStatus.MISSING)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void idsWhereEveryIdFailedExit4WithTheSummary() {
    long missing = missingImage();
    String[] human =
        replica.args("ids", "--data-dir", dir.toString(), "--image", String.valueOf(missing));

    CliRun run = CliRun.of(human);

    assertEquals(ExitCodes.NOTHING_FETCHED, run.exitCode(), run.err());
    assertTrue(run.out().contains("Fetched 0 images in "), run.out());
    assertTrue(run.out().contains("  image " + missing + ": "), run.out());

    CliRun json =
        CliRun.of(
            replica.args(
                "ids",
                "--data-dir",
                dir.toString(),
                "--image",
                String.valueOf(missing),
                "--collection",
                "99999",
                "--json"));
    assertEquals(ExitCodes.NOTHING_FETCHED, json.exitCode(), json.err());
    assertEquals(0, json.json().get("n_images").asInt());
    assertEquals(missing, json.json().get("failed").get(0).get("id").asLong());
    assertEquals(99999, json.json().get("failed_collections").get(0).get("id").asLong());
  }

  @Test
  void aFetchThatFetchedNothingButFailedExits4() {
    long missing = missingImage();

    CliRun run =
        CliRun.of(
            replica.args(
                "fetch",
                "--data-dir",
                dir.toString(),
                "--no-default-terms",
                "--collection-term",
                "id=" + replica.server().corpus().collectionOf(missing),
                "--term",
                "id=" + missing,
                "--max-images",
                "all",
                "--json"));

    assertEquals(ExitCodes.NOTHING_FETCHED, run.exitCode(), run.err());
    assertEquals(0, run.json().get("n_images").asInt());
    assertEquals(missing, run.json().get("failed").get(0).get("id").asLong());
  }

  @Test
  void anEmptyResultWithoutFailuresIsStillExit0() {
    CliRun run =
        CliRun.of(
            replica.args(
                "fetch",
                "--data-dir",
                dir.toString(),
                "--term",
                "modality=no-such-modality",
                "--json"));

    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertEquals(0, run.json().get("n_images").asInt());
  }

  @Test
  void inJsonModeAFailureBeforeTheHarvestEndsStdoutWithAJsonError() {
    CliRun run =
        CliRun.of("fetch", "--request", dir.resolve("none.json").toString(), "--json")
            .assertOneLineFailure(ExitCodes.BAD_INPUT);

    JsonNode error = run.json();
    assertEquals(ExitCodes.BAD_INPUT, error.get("exit_code").asInt());
    assertTrue(error.get("error").asText().contains("none.json"), error.toString());
    assertEquals(0, error.get("n_images").asInt());
  }

  @Test
  void exportDestinationsAreCheckedBeforeTheHarvest() {
    int before = replica.requests().size();
    Path nowhere = dir.resolve("no/such/dir/images.csv");

    CliRun run =
        CliRun.of(
                replica.args(
                    "fetch",
                    "--data-dir",
                    dir.resolve("data").toString(),
                    "--export",
                    "csv",
                    nowhere.toString()))
            .assertOneLineFailure(ExitCodes.STORAGE);

    assertTrue(
        run.err()
            .startsWith(
                "nvfetch fetch: --export: cannot write "
                    + nowhere
                    + ": the directory "
                    + nowhere.getParent()
                    + " does not exist"),
        run.err());
    assertEquals(before, replica.requests().size(), "no request before the check");
    assertFalse(Files.exists(dir.resolve("data")), "nothing written");

    CliRun directory =
        CliRun.of(
                replica.args(
                    "fetch",
                    "--data-dir",
                    dir.toString(),
                    "--export-collections",
                    "jsonl",
                    dir.toString()))
            .assertOneLineFailure(ExitCodes.STORAGE);
    assertTrue(
        directory
            .err()
            .contains(
                "--export-collections: cannot write "
                    + dir
                    + ": "
                    + dir.toAbsolutePath()
                    + " is a directory"),
        directory.err());
  }

  @Test
  void anExportThatFailsAfterTheHarvestStillPrintsTheSummary() {
    Path tooLong = dir.resolve("x".repeat(300) + ".csv");
    String[] args =
        replica.args(
            "fetch",
            "--data-dir",
            dir.toString(),
            "--max-images",
            "3",
            "--export",
            "csv",
            tooLong.toString());

    CliRun human = CliRun.of(args).assertOneLineFailure(ExitCodes.STORAGE);
    assertTrue(human.out().contains("Fetched 3 images in "), human.out());
    assertTrue(
        human.err().startsWith("nvfetch fetch: --export: cannot write " + tooLong), human.err());

    String[] json = java.util.Arrays.copyOf(args, args.length + 1);
    json[args.length] = "--json";
    CliRun machine = CliRun.of(json);
    assertEquals(ExitCodes.STORAGE, machine.exitCode(), machine.err());
    assertEquals(3, machine.json().get("n_images").asInt(), "the summary is the last line");
    List<String> warnings = new java.util.ArrayList<>();
    machine.json().get("warnings").forEach(w -> warnings.add(w.asText()));
    assertTrue(
        warnings.stream().anyMatch(w -> w.startsWith("--export: cannot write ")),
        warnings.toString());
  }
}
