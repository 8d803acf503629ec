package io.github.nvfetch.bench.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.FetchedImage.Origin;
import io.github.nvfetch.core.Mode;
import io.github.nvfetch.reactor.HarvestEvent;
import io.github.nvfetch.reactor.NeuroVaultClient;
import io.github.nvfetch.testkit.CorpusSpec;
import io.github.nvfetch.testkit.Faults;
import io.github.nvfetch.testkit.LoggedRequest;
import io.github.nvfetch.testkit.ReplicaRoute;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, item 5: a harvest process killed with SIGKILL in the middle of a large walk (1,500
 * collections of tiny files), then the same harvest with {@code resume(true)} into the same
 * directory. The resumed run lists the images of less than 1 % of the collections again (the
 * replica's request log), downloads no file twice, and ends with exactly the images of an
 * uninterrupted run into a fresh directory. Waits on the child's output lines, never on time; every
 * wait is bounded.
 */
@Tag("slow")
class SigkillWalkResumeTest {

  private static final CorpusSpec SPEC =
      CorpusSpec.builder().seed(16).collections(1500).images(3000).build();
  private static final Pattern IMAGES_OF = Pattern.compile("^/api/collections/(\\d+)/images/");
  private static final int SIGKILL_EXIT = 128 + 9;
  private static final Duration HARVEST_TIMEOUT = Duration.ofMinutes(4);

  @TempDir Path tempDir;
  @TempDir Path freshDir;

  @Test
  void aWalkKilledMidwayIsResumedWithoutListingOrDownloadingAgain() {
    Workspace workspace = Workspace.in(tempDir);
    Path dataDir = workspace.dataDir();
    try (RestartableReplica replica = RestartableReplica.start(SPEC, Faults.none())) {
      Path errorLog = ReliabilityReport.path().resolveSibling("walk-child-stderr.log");
      long walkedAtKill;
      long count;
      int exit;
      try (ChildProcess child =
          ChildProcess.start(HarvestChild.class, errorLog, replica.baseUrl(), dataDir.toString())) {
        long[] walk = awaitWalked(child, 0.4, Duration.ofMinutes(3));
        walkedAtKill = walk[0];
        count = walk[1];
        exit = child.kill(Duration.ofMinutes(1));
      }
      List<LoggedRequest> killedLog = replica.requestLog();
      Set<Long> listedBefore = listedCollections(killedLog);
      Set<Long> completeBefore = StoreChecks.completeImages(dataDir);
      replica.resetFigures();

      NeuroVaultClient client = replica.clientBuilder().build();
      HarvestRun resumed =
          HarvestRun.run(
              client,
              l ->
                  client.fetchOutcomes(
                      Requests.everything(dataDir, Mode.DOWNLOAD_NEW, false).toBuilder()
                          .resume(true)
                          .build(),
                      l));
      List<LoggedRequest> resumedLog = replica.requestLog();
      Set<Long> listedAgain = new TreeSet<>(listedCollections(resumedLog));
      listedAgain.retainAll(listedBefore);
      Map<String, Long> filesRequested = counts(resumedLog, ReplicaRoute.MEDIA_FILE);
      Set<Long> requestedAgain = IdSets.intersection(replica.imagesRequested(), completeBefore);
      long listPagesAfter =
          resumedLog.stream()
              .filter(r -> r.route().equals(ReplicaRoute.COLLECTION_LIST.wireName()))
              .count();
      replica.resetFigures();

      NeuroVaultClient freshClient = replica.clientBuilder().build();
      HarvestRun uninterrupted =
          HarvestRun.run(
              freshClient,
              l ->
                  freshClient.fetchOutcomes(
                      Requests.everything(freshDir, Mode.DOWNLOAD_NEW, false), l));

      double share = 100.0 * listedAgain.size() / count;
      System.out.printf(
          java.util.Locale.ROOT,
          "walk resume after SIGKILL: killed at %d/%d "
              + "collections walked (%d listed, %d images complete); the resumed run listed %d "
              + "of them again (%.2f %%), read %d collection list pages, requested %d files, %d "
              + "of them complete before the kill, %d more than once%n",
          walkedAtKill,
          count,
          listedBefore.size(),
          completeBefore.size(),
          listedAgain.size(),
          share,
          listPagesAfter,
          filesRequested.size(),
          requestedAgain.size(),
          filesRequested.values().stream().filter(n -> n > 1).count());

      assertEquals(SIGKILL_EXIT, exit, "the child died of SIGKILL");
      assertTrue(listedBefore.size() < count, "the child was killed before the end of the walk");
      assertTrue(
          resumed.events(HarvestEvent.WalkNotResumed.class).isEmpty(),
          "the walk was resumed: " + resumed.events(HarvestEvent.WalkNotResumed.class));
      assertTrue(share < 1.0, "collections listed again: " + listedAgain + " of " + count);
      assertEquals(Set.of(), requestedAgain, "files complete before the kill requested again");
      assertEquals(
          Map.of(),
          filesRequested.entrySet().stream()
              .filter(e -> e.getValue() > 1)
              .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)),
          "files requested more than once by the resumed run");
      assertEquals(
          completeBefore,
          resumed.fetchedIds(Origin.LOCAL_STORE),
          "what the killed run stored is taken from disk");
      assertEquals(
          uninterrupted.fetchedIds(), resumed.fetchedIds(), "the images of an uninterrupted run");
      assertEquals(uninterrupted.failuresById().keySet(), resumed.failuresById().keySet());
      assertEquals(
          StoreChecks.completeImages(freshDir),
          StoreChecks.completeImages(dataDir),
          "the same images on disk");
      StoreChecks.assertStoredIdentical(dataDir, replica.corpus(), resumed.fetchedIds());
      StoreChecks.assertNoLeftovers(dataDir);
      StoreChecks.assertOnlyLayoutFiles(dataDir);
      workspace.assertNothingChangedOutsideDataDir();
    }
  }

  /**
   * Reads the child's output until its walk passed {@code share} of the collections; returns the
   * walked and count figures of that line.
   */
  private static long[] awaitWalked(ChildProcess child, double share, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Optional<String> line = child.nextLine(deadline);
      if (line.isEmpty()) {
        throw new AssertionError(
            "the child's walk did not reach "
                + share
                + " in "
                + timeout
                + "; errors:\n"
                + child.errorOutput());
      }
      assertFalse(line.get().equals(HarvestChild.DONE), "the child finished before the kill");
      if (line.get().startsWith(HarvestChild.WALKED)) {
        String[] figures = line.get().substring(HarvestChild.WALKED.length()).split(" ");
        long walked = Long.parseLong(figures[0]);
        long count = Long.parseLong(figures[1]);
        if (count > 0 && walked >= share * count) {
          return new long[] {walked, count};
        }
      }
    }
  }

  private static Set<Long> listedCollections(List<LoggedRequest> log) {
    Set<Long> ids = new TreeSet<>();
    for (LoggedRequest r : log) {
      Matcher m = IMAGES_OF.matcher(r.pathAndQuery());
      if (r.route().equals(ReplicaRoute.COLLECTION_IMAGES.wireName()) && m.find()) {
        ids.add(Long.parseLong(m.group(1)));
      }
    }
    return ids;
  }

  private static Map<String, Long> counts(List<LoggedRequest> log, ReplicaRoute route) {
    Map<String, Long> counts = new HashMap<>();
    log.stream()
        .filter(r -> r.route().equals(route.wireName()))
        .forEach(r -> counts.merge(r.pathAndQuery(), 1L, Long::sum));
    return counts;
  }
}
