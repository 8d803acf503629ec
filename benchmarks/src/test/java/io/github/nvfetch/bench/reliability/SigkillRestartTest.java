package io.github.nvfetch.bench.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.FetchedImage.Origin;
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
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A harvest process killed with SIGKILL in the middle of its downloads, then a harvest in {@code
 * download_new} into the same directory: it completes, downloads none of the files the killed
 * process had finished, and no file on disk is ever partial or corrupt.
 */
@Tag("slow")
class SigkillRestartTest {

  private static final CorpusSpec SPEC =
      CorpusSpec.builder()
          .seed(77)
          .collections(5)
          .images(40)
          .missingFileRate(0.08)
          .corruptFileRate(0.08)
          .build();

  /** Files take 300 to 700 ms, so that several downloads are in flight at any time. */
  private static final Faults SLOW_FILES =
      Faults.builder().latency(RouteClass.FILE, Latency.ofMillis(500, 200)).build();

  private static final int FETCHED_BEFORE_KILL = 5;
  private static final int SIGKILL_EXIT = 128 + 9;

  @TempDir Path tempDir;

  @Test
  void aHarvestKilledMidRunIsResumedWithoutRedownloadsOrCorruptFiles() {
    Workspace workspace = Workspace.in(tempDir);
    Path dataDir = workspace.dataDir();
    try (RestartableReplica replica = RestartableReplica.start(SPEC, SLOW_FILES)) {
      Corpus corpus = replica.corpus();
      Reachability selection = Reachability.publicImages(corpus);

      Set<Long> announced;
      long inFlightAtKill;
      int exit;
      ReplicaFigures killedRun;
      Path errorLog = ReliabilityReport.path().resolveSibling("sigkill-child-stderr.log");
      try (ChildProcess child =
          ChildProcess.start(HarvestChild.class, errorLog, replica.baseUrl(), dataDir.toString())) {
        announced = awaitFetched(child, FETCHED_BEFORE_KILL, Duration.ofMinutes(2));
        inFlightAtKill = replica.server().stats().inFlight();
        exit = child.kill(Duration.ofMinutes(1));
      }
      killedRun = replica.figures();
      Set<Long> completeBefore = StoreChecks.completeImages(dataDir);
      Set<Long> filesBefore = StoreChecks.imageFiles(dataDir);
      List<String> leftoversAtKill = StoreChecks.leftovers(dataDir);

      replica.setFaults(Faults.none());
      replica.resetFigures();
      NeuroVaultClient client = replica.clientBuilder().build();
      HarvestRun resumed =
          HarvestRun.run(
              client,
              l -> client.fetchOutcomes(Requests.everything(dataDir, Mode.DOWNLOAD_NEW, false), l));
      ReplicaFigures resumedRun = replica.figures();
      Set<Long> requestedAgain = IdSets.intersection(replica.imagesRequested(), completeBefore);
      ReliabilityReport.add(
          new ReliabilityReport.Row(
              "SIGKILL",
              "harvest process killed after "
                  + announced.size()
                  + " images, "
                  + inFlightAtKill
                  + " requests in flight, "
                  + leftoversAtKill.size()
                  + " part files left",
              "download_new into the same dir",
              selection.reachable().size(),
              selection.unreachable().size(),
              resumed.fetchedIds(Origin.DOWNLOADED).size(),
              resumed.fetchedIds(Origin.LOCAL_STORE).size(),
              resumed.failures().size(),
              resumed.failuresById().keySet().equals(selection.unreachable()),
              StoreChecks.lost(dataDir, corpus, selection.reachable()).size(),
              killedRun.plus(resumedRun),
              resumed.elapsed()));

      assertEquals(SIGKILL_EXIT, exit, "the child died of SIGKILL");
      assertTrue(inFlightAtKill > 0, "requests were in flight when the child was killed");
      assertTrue(
          completeBefore.containsAll(announced),
          "every image announced is complete on disk: " + announced + " vs " + completeBefore);
      assertTrue(
          completeBefore.size() < selection.reachable().size(),
          "the child was killed before the end: " + completeBefore);
      StoreChecks.assertFilesIdentical(dataDir, corpus, filesBefore);

      assertEquals(selection.reachable(), resumed.fetchedIds(), "the resumed harvest's images");
      assertEquals(
          selection.unreachable(),
          resumed.failuresById().keySet(),
          "failures name exactly the unreachable images");
      assertEquals(
          completeBefore,
          resumed.fetchedIds(Origin.LOCAL_STORE),
          "what the killed harvest finished is taken from disk");
      assertEquals(
          Set.of(),
          requestedAgain,
          "files complete on disk before the restart were requested again");
      StoreChecks.assertStoredIdentical(dataDir, corpus, selection.reachable());
      StoreChecks.assertAbsent(dataDir, corpus, selection.unreachable());
      StoreChecks.assertNoLeftovers(dataDir);
      StoreChecks.assertOnlyLayoutFiles(dataDir);
      workspace.assertNothingChangedOutsideDataDir();
    }
  }

  /** Reads the child's output until it announced {@code count} images. */
  private static Set<Long> awaitFetched(ChildProcess child, int count, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    Set<Long> fetched = new TreeSet<>();
    while (fetched.size() < count) {
      Optional<String> line = child.nextLine(deadline);
      if (line.isEmpty()) {
        throw new AssertionError(
            "the child announced "
                + fetched
                + " then "
                + (System.nanoTime() >= deadline ? "nothing more in " + timeout : "ended")
                + "; output "
                + child.linesSoFar()
                + "; errors:\n"
                + child.errorOutput());
      }
      assertFalse(line.get().equals(HarvestChild.DONE), "the child finished before the kill");
      if (line.get().startsWith(HarvestChild.FETCHED)) {
        fetched.add(Long.parseLong(line.get().substring(HarvestChild.FETCHED.length())));
      }
    }
    return fetched;
  }
}
