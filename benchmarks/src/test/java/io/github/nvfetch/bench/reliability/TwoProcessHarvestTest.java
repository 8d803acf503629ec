package io.github.nvfetch.bench.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.Mode;
import io.github.nvfetch.reactor.NeuroVaultClient;
import io.github.nvfetch.testkit.Corpus;
import io.github.nvfetch.testkit.CorpusSpec;
import io.github.nvfetch.testkit.Faults;
import io.github.nvfetch.testkit.Latency;
import io.github.nvfetch.testkit.RouteClass;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes harvesting the same selection into one data directory at the same time: a child JVM
 * ({@link HarvestChild}) and this one, which starts once the child has stored its first images.
 * Both end; this harvest fetches every reachable image and fails exactly the unreachable ones (no
 * false "broken gzip" from the other process's writes), every file on disk is the corpus's, and no
 * part file is left.
 */
class TwoProcessHarvestTest {

  private static final CorpusSpec SPEC =
      CorpusSpec.builder()
          .seed(78)
          .collections(5)
          .images(40)
          .missingFileRate(0.08)
          .corruptFileRate(0.08)
          .build();

  private static final Faults SLOW_FILES =
      Faults.builder().latency(RouteClass.FILE, Latency.ofMillis(300, 200)).build();

  @TempDir Path tempDir;

  @Test
  void twoProcessesShareOneDataDirectory() {
    Workspace workspace = Workspace.in(tempDir);
    Path dataDir = workspace.dataDir();
    try (RestartableReplica replica = RestartableReplica.start(SPEC, SLOW_FILES)) {
      Corpus corpus = replica.corpus();
      Reachability selection = Reachability.publicImages(corpus);
      Path errorLog = ReliabilityReport.path().resolveSibling("two-process-child-stderr.log");
      HarvestRun ours;
      boolean childDone;
      try (ChildProcess child =
          ChildProcess.start(HarvestChild.class, errorLog, replica.baseUrl(), dataDir.toString())) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        awaitLine(child, line -> line.startsWith(HarvestChild.FETCHED), deadline);
        NeuroVaultClient client = replica.clientBuilder().build();
        ours =
            HarvestRun.run(
                client,
                l ->
                    client.fetchOutcomes(
                        Requests.everything(dataDir, Mode.DOWNLOAD_NEW, false), l));
        childDone = awaitLine(child, line -> line.equals(HarvestChild.DONE), deadline);
        assertTrue(
            childDone,
            "the child ended its harvest: " + child.linesSoFar() + "\n" + child.errorOutput());
      }

      assertEquals(selection.reachable(), ours.fetchedIds(), "this harvest's images");
      assertEquals(
          selection.unreachable(),
          ours.failuresById().keySet(),
          "failures name exactly the unreachable images");
      StoreChecks.assertStoredIdentical(dataDir, corpus, selection.reachable());
      StoreChecks.assertAbsent(dataDir, corpus, selection.unreachable());
      assertEquals(List.of(), StoreChecks.leftovers(dataDir), "part files left");
      StoreChecks.assertOnlyLayoutFiles(dataDir);
    }
  }

  private static boolean awaitLine(
      ChildProcess child, java.util.function.Predicate<String> wanted, long deadline) {
    Optional<String> line;
    while ((line = child.nextLine(deadline)).isPresent()) {
      if (wanted.test(line.get())) {
        return true;
      }
    }
    return false;
  }
}
