package io.github.nvfetch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code --report} on {@code fetch} and {@code ids}, and {@code nvfetch report} over a store. */
class ReportCommandTest {

  @RegisterExtension static final TestReplica replica = new TestReplica();

  @TempDir Path dir;

  @Test
  void fetchWritesTheReportWithAThumbnailPerImageAndShowsTheCommandAsTheRequest()
      throws IOException {
    Path page = dir.resolve("harvest.html");
    CliRun run =
        CliRun.of(
            replica.args(
                "fetch",
                "--data-dir",
                dir.resolve("data").toString(),
                "--term",
                "name~Pattern:.*",
                "--max-images",
                "6",
                "--report",
                page.toString(),
                "-q"));

    assertEquals(0, run.exitCode(), run.err());
    String html = Files.readString(page);
    assertTrue(html.contains("nvfetch fetch --data-dir"), "the command is the request");
    assertTrue(html.contains("name~Pattern:.*"), html);
    assertTrue(html.contains("data-count=\"fetched\"><span class=\"n\">6<"));
    assertEquals(6, pngs(dir.resolve("harvest_files")));
  }

  @Test
  void idsReportsListFailedCollectionsAndSayWhereTheReportIs() throws IOException {
    Path page = dir.resolve("ids.html");
    long collection = replica.server().corpus().collectionIds().findFirst().orElseThrow();
    CliRun run =
        CliRun.of(
            replica.args(
                "ids",
                "--data-dir",
                dir.resolve("data").toString(),
                "--collection",
                String.valueOf(collection),
                "999999",
                "--report",
                page.toString()));

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("Wrote report " + page.toAbsolutePath()), run.out());
    String html = Files.readString(page);
    assertTrue(html.contains("data-kind=\"collection\" data-id=\"999999\""), html);
  }

  @Test
  void reportOverAStoreIsOfflineAndShowsTheRequestFile() throws IOException {
    Path data = dir.resolve("data");
    assertEquals(
        0,
        CliRun.of(replica.args("fetch", "--data-dir", data.toString(), "--max-images", "4", "-q"))
            .exitCode());
    Path request =
        Files.writeString(
            dir.resolve("request.json"), "{\"image_terms\": {\"name\": \"<i>x</i>\"}}");
    replica.requests(); // waits until the harvest's last request is logged
    replica.server().resetStats();

    Path page = dir.resolve("store.html");
    CliRun run =
        CliRun.of(
            "report",
            "--data-dir",
            data.toString(),
            "--request",
            request.toString(),
            "--out",
            page.toString());

    assertEquals(0, run.exitCode(), run.err());
    assertEquals("Wrote report " + page.toAbsolutePath(), run.out().strip());
    String html = Files.readString(page);
    assertTrue(
        html.contains(
            "{&quot;image_terms&quot;: {&quot;name&quot;: " + "&quot;&lt;i&gt;x&lt;/i&gt;&quot;}}"),
        html);
    assertTrue(html.contains("data-count=\"from-disk\"><span class=\"n\">4<"));
    assertEquals(4, pngs(dir.resolve("store_files")));
    assertEquals(java.util.List.of(), replica.requests(), "no request sent");
  }

  @Test
  void reportWithoutAStoreIsBadInput() {
    CliRun.of(
            "report",
            "--data-dir",
            dir.resolve("nothing").toString(),
            "--out",
            dir.resolve("r.html").toString())
        .assertOneLineFailure(ExitCodes.BAD_INPUT);
  }

  private static long pngs(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".png")).count();
    }
  }
}
