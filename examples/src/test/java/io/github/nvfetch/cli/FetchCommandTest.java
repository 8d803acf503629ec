package io.github.nvfetch.cli;

import static io.github.nvfetch.reactor.NeuroVaultClientBuilder.DEFAULT_BASE_URL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.nvfetch.core.FailedImage;
import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.FetchedImage;
import io.github.nvfetch.core.NeuroVaultDataset;
import io.github.nvfetch.core.filter.IsIn;
import io.github.nvfetch.core.filter.Terms;
import io.github.nvfetch.reactor.NeuroVaultClient;
import io.github.nvfetch.testkit.FileStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code nvfetch fetch} against a replica on loopback, in-process through picocli. */
class FetchCommandTest {

  @RegisterExtension static final TestReplica replica = new TestReplica();

  @TempDir Path dir;

  private NeuroVaultDataset sdk(FetchRequest request) {
    try (NeuroVaultClient client = replica.client()) {
      return client.fetchDataset(request).block();
    }
  }

  @Test
  void jsonLastLineHasTheSdksSelectionInOrder() {
    CliRun run =
        CliRun.of(
            replica.args(
                "fetch",
                "--data-dir",
                dir.resolve("cli").toString(),
                "--term",
                "modality~IsIn:fMRI-BOLD,fMRI-CBF",
                "--max-images",
                "12",
                "--json"));

    assertEquals(0, run.exitCode(), run.err());
    assertEquals(1, run.outLines().size(), "only the JSON line on stdout: " + run.out());
    JsonNode json = run.json();
    assertEquals(
        List.of(
            "image_ids",
            "collection_ids",
            "n_images",
            "failed",
            "vocabulary_size",
            "elapsed_ms",
            "warnings"),
        fieldNames(json));
    NeuroVaultDataset expected =
        sdk(
            FetchRequest.builder()
                .imageTerm("modality", IsIn.of("fMRI-BOLD", "fMRI-CBF"))
                .maxImages(12)
                .dataDir(dir.resolve("sdk"))
                .build());
    assertEquals(
        expected.fetched().stream().map(FetchedImage::imageId).toList(),
        CliRun.ids(json, "image_ids"));
    assertEquals(
        expected.fetched().stream().map(FetchedImage::collectionId).toList(),
        CliRun.ids(json, "collection_ids"));
    assertEquals(12, json.get("n_images").asInt());
    assertEquals(
        expected.failures().stream().map(FailedImage::imageId).toList(), ids(json.get("failed")));
    assertTrue(json.get("vocabulary_size").isNull());
    assertTrue(json.get("elapsed_ms").asLong() > 0);
    for (long id : CliRun.ids(json, "image_ids")) {
      long collection = replica.server().corpus().collectionOf(id);
      assertTrue(
          Files.isRegularFile(
              dir.resolve("cli/neurovault/collection_" + collection + "/image_" + id + ".nii.gz")),
          "image " + id + " on disk");
    }
  }

  @Test
  void failedImagesAreListedWithReasonsAndTheRunSucceeds() {
    long missing =
        replica
            .server()
            .corpus()
            .imageIds()
            .filter(id -> replica.server().corpus().fileStatus(id) == FileStatus.MISSING)
            .findFirst()
            .orElseThrow();
    long collection = replica.server().corpus().collectionOf(missing);
    String[] args =
        replica.args(
            "fetch",
            "--data-dir",
            dir.toString(),
            "--no-default-terms",
            "--collection-term",
            "id=" + collection,
            "--max-images",
            "all",
            "--neurosynth");

    CliRun human = CliRun.of(args);

    assertEquals(0, human.exitCode(), human.err());
    long size = replica.server().corpus().imageIds(collection).count();
    long missingInCollection =
        replica
            .server()
            .corpus()
            .imageIds(collection)
            .filter(id -> replica.server().corpus().fileStatus(id) == FileStatus.MISSING)
            .count();
    assertTrue(
        human.out().contains("Fetched " + (size - missingInCollection) + " images in "),
        human.out());
    assertTrue(
        human
            .out()
            .contains("0 from the local store, " + (size - missingInCollection) + " downloaded"),
        human.out());
    assertTrue(human.out().contains("could not be fetched (the others are complete):"));
    assertTrue(human.out().contains("  image " + missing + ": "), human.out());
    assertTrue(human.out().contains("answered HTTP 404"), human.out());
    assertTrue(human.out().contains("Top words (total weight over "), human.out());
    assertTrue(
        human.out().contains("Files: " + dir.toAbsolutePath().resolve("neurovault")), human.out());
    assertTrue(
        human
            .out()
            .contains(String.format("  %10d  %6d  ", collection, size - missingInCollection)),
        "images per collection: " + human.out());

    JsonNode again = CliRun.of(concat(args, "--json")).json();
    assertTrue(ids(again.get("failed")).contains(missing), again.toString());
    assertTrue(again.get("vocabulary_size").asInt() > 0, again.toString());
  }

  @Test
  void requestFileWithFlagsOnTop() throws IOException {
    Path file = dir.resolve("request.json");
    Files.writeString(
        file,
        "{\"image_terms\": {\"modality\": \"fMRI-BOLD\"}, \"max_images\": 50,"
            + " \"data_dir\": \""
            + dir.resolve("from-file")
            + "\"}");

    CliRun run =
        CliRun.of(
            replica.args("fetch", "--request", file.toString(), "--max-images", "3", "--json"));

    assertEquals(0, run.exitCode(), run.err());
    List<Long> images = CliRun.ids(run.json(), "image_ids");
    assertEquals(
        sdk(
                FetchRequest.builder()
                    .imageTerms(Terms.of("modality", "fMRI-BOLD"))
                    .maxImages(3)
                    .dataDir(dir.resolve("sdk"))
                    .build())
            .fetched()
            .stream()
            .map(FetchedImage::imageId)
            .toList(),
        images);
    assertTrue(Files.isDirectory(dir.resolve("from-file/neurovault")), "data_dir of the file");
  }

  @Test
  void requestFileErrorsNameTheFileAndTheJsonPath() throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\"image_terms\": {\"map_type\": {\"$Foo\": 1}}}");

    CliRun run =
        CliRun.of(replica.args("fetch", "--request", file.toString(), "--data-dir", dir.toString()))
            .assertOneLineFailure(ExitCodes.BAD_INPUT);

    assertTrue(
        run.err()
            .startsWith(
                "nvfetch fetch: "
                    + file
                    + ": invalid request at "
                    + "$.image_terms.map_type.$Foo: unknown operator '$Foo'"),
        run.err());
    CliRun missing =
        CliRun.of("fetch", "--request", dir.resolve("none.json").toString())
            .assertOneLineFailure(ExitCodes.BAD_INPUT);
    assertTrue(
        missing
            .err()
            .contains(
                "cannot read the request file "
                    + dir.resolve("none.json")
                    + ": file not found: "
                    + dir.resolve("none.json")),
        missing.err());
    assertFalse(missing.err().contains("Exception"), missing.err());
    Path typo = Files.writeString(dir.resolve("typo.json"), "\uFEFF{\"maxImages\": 5}");
    CliRun nearMiss =
        CliRun.of(replica.args("fetch", "--request", typo.toString(), "--data-dir", dir.toString()))
            .assertOneLineFailure(ExitCodes.BAD_INPUT);
    assertTrue(
        nearMiss
            .err()
            .contains(
                typo
                    + ": invalid request at $.maxImages: unknown member "
                    + "'maxImages'; did you mean 'max_images'?"),
        "BOM accepted, typo caught: " + nearMiss.err());
  }

  @Test
  void exportsWriteTheMetadataTables() throws IOException {
    Path images = dir.resolve("images.jsonl");
    Path csv = dir.resolve("images.csv");
    Path collections = dir.resolve("collections.csv");

    CliRun run =
        CliRun.of(
            replica.args(
                "fetch",
                "--data-dir",
                dir.resolve("data").toString(),
                "--max-images",
                "9",
                "--export",
                "jsonl",
                images.toString(),
                "--export",
                "csv",
                csv.toString(),
                "--export-collections",
                "csv",
                collections.toString(),
                "--json"));

    assertEquals(0, run.exitCode(), run.err());
    JsonNode json = run.json();
    List<Long> expected = CliRun.ids(json, "image_ids");
    List<Long> exported = new ArrayList<>();
    for (String line : Files.readAllLines(images)) {
      exported.add(
          new com.fasterxml.jackson.databind.ObjectMapper().readTree(line).get("id").asLong());
    }
    assertEquals(expected, exported);
    List<String> rows = csvRecords(Files.readString(csv));
    assertEquals(1 + expected.size(), rows.size());
    assertTrue(List.of(rows.get(0).split(",")).contains("id"), rows.get(0));
    long distinctCollections = CliRun.ids(json, "collection_ids").stream().distinct().count();
    assertEquals(1 + distinctCollections, csvRecords(Files.readString(collections)).size());
  }

  @Test
  void offlineWithoutDataGivesNoImagesAndSendsNoRequest() {
    int before = replica.requests().size();

    CliRun run =
        CliRun.of(
            replica.args(
                "fetch",
                "--mode",
                "offline",
                "--data-dir",
                dir.resolve("empty").toString(),
                "--neurosynth",
                "--json"));

    assertEquals(0, run.exitCode(), run.err());
    assertEquals(0, run.json().get("n_images").asInt());
    assertEquals(List.of(), CliRun.ids(run.json(), "image_ids"));
    assertEquals(before, replica.requests().size(), "no request in offline mode");
    String store = dir.resolve("empty").toAbsolutePath().resolve("neurovault").toString();
    assertTrue(
        run.err()
            .contains(
                "warning: the local store "
                    + store
                    + " does not exist; "
                    + "offline mode reads nothing from the network"),
        run.err());
    assertTrue(
        run.json()
            .get("warnings")
            .get(0)
            .asText()
            .startsWith("the local store " + store + " does not exist"),
        run.out());
  }

  @Test
  void aDataDirectoryThatCannotBeWrittenIsOneLineAndExit3() throws IOException {
    Path notADirectory = Files.writeString(dir.resolve("file"), "x");

    CliRun run =
        CliRun.of(replica.args("fetch", "--data-dir", notADirectory.toString()))
            .assertOneLineFailure(ExitCodes.STORAGE);

    assertTrue(
        run.err().startsWith("nvfetch fetch: cannot write to the data directory " + notADirectory),
        run.err());
    assertTrue(run.err().contains("choose another with --data-dir"), run.err());
  }

  @Test
  void badFlagsAreOneLineAndExit2() {
    String data = dir.toString();
    assertTrue(
        CliRun.of("fetch", "--max-image", "3")
            .assertOneLineFailure(ExitCodes.BAD_INPUT)
            .err()
            .contains("did you mean --max-images?"));
    assertTrue(
        CliRun.of("fetch", "--term", "x~Nope:1")
            .assertOneLineFailure(ExitCodes.BAD_INPUT)
            .err()
            .contains("unknown operator 'Nope' in 'x~Nope:1'; use one of IsNull"));
    assertTrue(
        CliRun.of("fetch", "--mode", "sometimes")
            .assertOneLineFailure(ExitCodes.BAD_INPUT)
            .err()
            .contains("'mode' must be one of ['download_new', 'overwrite', 'offline']"));
    assertTrue(
        CliRun.of("fetch", "--max-images", "-1")
            .assertOneLineFailure(ExitCodes.BAD_INPUT)
            .err()
            .contains("write a whole number"));
    assertTrue(
        CliRun.of("fetch", "--data-dir", data, "--export", "xml", "x.xml")
            .assertOneLineFailure(ExitCodes.BAD_INPUT)
            .err()
            .contains("unknown export format 'xml': use csv or jsonl"));
    assertTrue(
        CliRun.of("fetch", "--data-dir", data, "--rate", "0")
            .assertOneLineFailure(ExitCodes.BAD_INPUT)
            .err()
            .contains(
                "nvfetch fetch: --rate must be "
                    + "more than 0 and at most 10000 requests per second, was 0"));
    assertTrue(
        CliRun.of("fetch", "--data-dir", data, "--concurrency", "0")
            .assertOneLineFailure(ExitCodes.BAD_INPUT)
            .err()
            .contains("--concurrency must be 1-256 " + "(downloads at the same time), was 0"));
    assertTrue(
        CliRun.of("ids", "--image", "1", "--data-dir", data, "--timeout", "0.0001")
            .assertOneLineFailure(ExitCodes.BAD_INPUT)
            .err()
            .contains("--timeout must be between " + "0.001 and 86400 seconds, was 0.0001"));
    assertTrue(
        CliRun.of("fetch", "--data-dir", data, "--base-url", "localhost")
            .assertOneLineFailure(ExitCodes.BAD_INPUT)
            .err()
            .contains(
                "--base-url must be an http:// "
                    + "or https:// URL with a host, like "
                    + DEFAULT_BASE_URL
                    + ", was 'localhost'"));
    assertTrue(
        CliRun.of("fetch", "--data-dir", data, "--retries", "-1")
            .assertOneLineFailure(ExitCodes.BAD_INPUT)
            .err()
            .contains("--retries must be 0 or more"));
    for (String bad : List.of("--rate", "--concurrency", "--timeout", "--base-url")) {
      String err = CliRun.of("fetch", "--data-dir", data, bad, "0").err();
      assertFalse(
          err.contains("PT0")
              || err.contains("downloadConcurrency")
              || err.contains("requestsPerSecond")
              || err.contains("responseTimeout"),
          err);
    }
    assertTrue(
        CliRun.of("fetsh")
            .assertOneLineFailure(ExitCodes.BAD_INPUT)
            .err()
            .contains("did you mean fetch?"));
  }

  @Test
  void debugShowsTheStackTrace() {
    CliRun run = CliRun.of("fetch", "--request", dir.resolve("none.json").toString(), "--debug");

    assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
    assertTrue(run.err().contains("\tat io.github.nvfetch."), run.err());
  }

  @Test
  void everySubcommandHasHelp() {
    for (String command : List.of("fetch", "ids", "demo", "replica", "example")) {
      CliRun run = CliRun.of(command, "--help");
      assertEquals(0, run.exitCode(), command);
      assertTrue(run.out().startsWith("Usage: nvfetch " + command), run.out());
    }
    String fetchHelp = CliRun.of("fetch", "--help").out();
    for (String flag :
        List.of(
            "--term",
            "--collection-term",
            "--no-default-terms",
            "--max-images",
            "--mode",
            "--neurosynth",
            "--concurrency",
            "--rate",
            "--token",
            "--export",
            "--json",
            "--quiet",
            "--debug",
            "--base-url",
            "--neurosynth-url",
            "--data-dir",
            "--request")) {
      assertTrue(fetchHelp.contains(flag), flag);
    }
    assertFalse(fetchHelp.contains(DEFAULT_BASE_URL.getHost() + "/api"), "no stray URLs");
  }

  private static List<String> fieldNames(JsonNode json) {
    List<String> names = new ArrayList<>();
    json.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<Long> ids(JsonNode failures) {
    List<Long> ids = new ArrayList<>();
    for (Iterator<JsonNode> it = failures.elements(); it.hasNext(); ) {
      ids.add(it.next().get("id").asLong());
    }
    return ids;
  }

  private static String[] concat(String[] args, String... more) {
    String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return all;
  }

  /** Splits CSV text into records, keeping quoted line breaks inside their record. */
  private static List<String> csvRecords(String text) {
    List<String> records = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (char c : text.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      }
      if ((c == '\n') && !quoted) {
        records.add(current.toString());
        current.setLength(0);
      } else if (c != '\r' || quoted) {
        current.append(c);
      }
    }
    if (current.length() > 0) {
      records.add(current.toString());
    }
    return records;
  }
}
