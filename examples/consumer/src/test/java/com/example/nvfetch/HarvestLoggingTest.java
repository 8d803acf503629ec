package com.example.nvfetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.FailedImage;
import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.NeuroVaultDataset;
import io.github.nvfetch.reactor.HarvestEvent;
import io.github.nvfetch.reactor.NeuroVaultClient;
import io.github.nvfetch.testkit.CorpusSpec;
import io.github.nvfetch.testkit.ReplicaServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a bulk harvest with failures logs through the application's SLF4J binding: each failed
 * image once at DEBUG (failures are data, in the dataset), never at WARN, and one summary line at
 * the end, WARN because images failed.
 */
class HarvestLoggingTest {

  private static final Pattern LINE = Pattern.compile(
      "(?:\\[[^\\]]*\\] )?(TRACE|DEBUG|INFO|WARN|ERROR) (io\\.github\\.nvfetch\\.reactor\\S*) - (.*)");

  @TempDir Path dataDir;

  private record Logged(String level, String logger, String message) {}

  private static List<Logged> sdkLines(String stderr) {
    return stderr.lines().map(LINE::matcher).filter(Matcher::matches)
        .map(m -> new Logged(m.group(1), m.group(2), m.group(3))).toList();
  }

  @Test
  void perImageFailuresAtDebugAndOneSummaryAtTheEnd() throws Exception {
    CorpusSpec spec = CorpusSpec.builder().seed(5).collections(4).images(40)
        .missingFileRate(0.3).build();
    CompletableFuture<HarvestEvent.HarvestFinished> finished = new CompletableFuture<>();
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream stderr = System.err;
    NeuroVaultDataset data;
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try (ReplicaServer replica = ReplicaServer.builder().corpus(spec).port(0).start();
        NeuroVaultClient client = NeuroVaultClient.builder().baseUrl(replica.baseUrl())
            .requestsPerSecond(200).build()) {
      data = client.fetchDataset(FetchRequest.builder().noLimit().dataDir(dataDir).build(),
          event -> {
            if (event instanceof HarvestEvent.HarvestFinished end) {
              finished.complete(end);
            }
          }).block(Duration.ofMinutes(2));
      finished.get(30, TimeUnit.SECONDS); // emitted after the summary line is logged
    } finally {
      System.setErr(stderr);
    }
    String text = captured.toString(StandardCharsets.UTF_8);
    System.err.print(text);
    List<Logged> lines = sdkLines(text);

    List<Long> failedIds = data.failures().stream().map(FailedImage::imageId).toList();
    assertFalse(failedIds.isEmpty(), "the replica's missing files fail some images");
    for (long id : failedIds) {
      String mention = "image " + id + " failed";
      assertEquals(1, lines.stream().filter(l -> l.level().equals("DEBUG")
          && l.message().startsWith(mention)).count(), mention + " once at DEBUG");
    }
    List<Logged> loud = lines.stream()
        .filter(l -> l.level().equals("WARN") || l.level().equals("ERROR")).toList();
    assertEquals(1, loud.size(), "one WARN for the whole harvest, not one per image: " + loud);
    Logged summary = loud.get(0);
    assertEquals("io.github.nvfetch.reactor.NeuroVaultClient", summary.logger());
    assertTrue(summary.message().startsWith("filtered harvest finished after")
        && summary.message().contains(data.fetched().size() + " image(s) fetched")
        && summary.message().contains(failedIds.size() + " failed"), summary.message());
    assertTrue(lines.stream().noneMatch(l -> l.level().equals("INFO")
        && l.message().contains("harvest finished")), "the summary is logged once");
  }
}
