package io.github.nvfetch.bench.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.FailedImage;
import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.FetchedImage.Origin;
import io.github.nvfetch.core.Mode;
import io.github.nvfetch.core.store.CorruptFileException;
import io.github.nvfetch.reactor.HarvestEvent;
import io.github.nvfetch.reactor.NeuroVaultClient;
import io.github.nvfetch.reactor.NotFoundException;
import io.github.nvfetch.testkit.Corpus;
import io.github.nvfetch.testkit.CorpusSpec;
import io.github.nvfetch.testkit.Faults;
import io.github.nvfetch.testkit.FileStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fault of the replica against every mode: whatever the server does, every image it can serve
 * ends up on disk byte for byte with its metadata, the failures name exactly the images it cannot
 * serve (missing or corrupt files), nothing partial is left, and nothing outside the data directory
 * changes.
 *
 * <p>The cases are independent (each has its own replica, port and directory) and mostly wait
 * (backoffs, {@code Retry-After}, latency), so they run concurrently with each other, as many at a
 * time as {@code junit-platform.properties} allows; the class as a whole runs alone.
 */
@Tag("slow")
class FaultMatrixTest {

  /** Small, with missing and corrupt files, so that "reachable" and "unreachable" both exist. */
  static final CorpusSpec SPEC =
      CorpusSpec.builder()
          .seed(606)
          .collections(6)
          .images(36)
          .missingFileRate(0.08)
          .corruptFileRate(0.08)
          .build();

  private static final int DOWNLOADS_BEFORE_KILL = 2;

  @TempDir Path tempDir;

  static Stream<Arguments> cases() {
    return Arrays.stream(FaultCase.values())
        .flatMap(
            fault -> Arrays.stream(StartState.values()).map(start -> Arguments.of(fault, start)));
  }

  @ParameterizedTest(name = "{0} x {1}")
  @MethodSource("cases")
  @Execution(ExecutionMode.CONCURRENT)
  void reachableImagesArriveWholeAndOnlyUnreachableOnesFail(FaultCase fault, StartState start) {
    Workspace workspace = Workspace.in(tempDir);
    Path dataDir = workspace.dataDir();
    try (RestartableReplica replica = RestartableReplica.start(SPEC, Faults.none())) {
      Corpus corpus = replica.corpus();
      Reachability selection = Reachability.publicImages(corpus);
      assertTrue(
          selection.unreachable().stream()
              .anyMatch(id -> corpus.fileStatus(id) == FileStatus.MISSING),
          "the corpus has missing files");
      assertTrue(
          selection.unreachable().stream()
              .anyMatch(id -> corpus.fileStatus(id) == FileStatus.CORRUPT),
          "the corpus has corrupt files");
      Set<Long> completeBefore = prepare(start, replica, selection, dataDir);

      replica.setFaults(fault.faults(corpus));
      replica.resetFigures();
      HarvestRun run = faultedHarvest(fault, start, replica, selection, completeBefore, dataDir);
      ReplicaFigures figures = replica.figures();
      Set<Long> filesRequested = replica.imagesRequested();
      long mediaAfterRestart = replica.mediaRequestsOfCurrentLife();
      HarvestRun offline =
          start == StartState.OFFLINE_AFTER_HARVEST ? offlineHarvest(replica, dataDir) : null;
      ReplicaFigures offlineFigures = offline == null ? ReplicaFigures.NONE : replica.figures();
      report(fault, start, selection, corpus, dataDir, run, offline, figures);

      String name = fault + " x " + start;
      assertTrue(fault.wasInjected(figures), name + ": the fault really happened: " + figures);
      assertFailuresAreExactlyTheUnreachable(name, run, selection, corpus);
      assertEquals(
          selection.selected().size(),
          run.outcomes().size(),
          name + ": one outcome per selected image");
      assertEquals(selection.reachable(), run.fetchedIds(), name + ": fetched images");
      Set<Long> expectedFromDisk =
          start == StartState.PARTLY_FILLED
              ? IdSets.intersection(completeBefore, selection.reachable())
              : Set.of();
      assertEquals(
          expectedFromDisk,
          run.fetchedIds(Origin.LOCAL_STORE),
          name + ": images taken from the store");
      if (start == StartState.PARTLY_FILLED) {
        assertEquals(
            Set.of(),
            IdSets.intersection(filesRequested, completeBefore),
            name + ": files complete on disk were downloaded again");
      }
      if (start == StartState.FULL) {
        assertTrue(
            filesRequested.containsAll(selection.reachable()),
            name + ": overwrite downloads every file again");
      }
      if (fault.wordsRequested()) {
        assertEquals(
            selection.reachable(),
            run.events(HarvestEvent.WordsUnavailable.class).stream()
                .map(HarvestEvent.WordsUnavailable::imageId)
                .collect(Collectors.toSet()),
            name + ": every fetched image is reported without words");
        assertEquals(
            List.of(),
            StoreChecks.files(dataDir).stream()
                .filter(f -> f.contains("neurosynth_words"))
                .toList(),
            name + ": words files");
      }
      if (fault.killsServer()) {
        assertTrue(mediaAfterRestart > 0, name + ": the harvest went on after the restart");
      }
      assertStoreHoldsExactlyTheReachable(name, dataDir, corpus, selection);
      if (offline != null) {
        assertEquals(
            selection.reachable(),
            offline.fetchedIds(Origin.LOCAL_STORE),
            name + ": offline gives every stored image");
        assertEquals(
            selection.reachable().size(),
            offline.outcomes().size(),
            name + ": offline gives nothing else");
        assertEquals(0, offlineFigures.requests(), name + ": offline sends no request");
        assertStoreHoldsExactlyTheReachable(name + " (offline)", dataDir, corpus, selection);
      }
      workspace.assertNothingChangedOutsideDataDir();
    }
  }

  /** Fills the store for the modes that start from one; returns the images complete on disk. */
  private static Set<Long> prepare(
      StartState start, RestartableReplica replica, Reachability selection, Path dataDir) {
    if (!start.startsFromAFullStore()) {
      return Set.of();
    }
    NeuroVaultClient client = replica.clientBuilder().build();
    HarvestRun clean =
        HarvestRun.run(
            client,
            l -> client.fetchOutcomes(Requests.everything(dataDir, Mode.DOWNLOAD_NEW, false), l));
    assertEquals(selection.reachable(), clean.fetchedIds(), "the clean harvest fills the store");
    if (start == StartState.PARTLY_FILLED) {
      StoreDamage.partlyEmpty(dataDir, replica.corpus(), selection);
    } else {
      StoreDamage.tamper(dataDir, replica.corpus(), selection);
    }
    return StoreChecks.completeImages(dataDir);
  }

  private static HarvestRun faultedHarvest(
      FaultCase fault,
      StartState start,
      RestartableReplica replica,
      Reachability selection,
      Set<Long> completeBefore,
      Path dataDir) {
    NeuroVaultClient client = fault.tune(replica.clientBuilder()).build();
    FetchRequest request =
        Requests.everything(dataDir, start.faultedMode(), fault.wordsRequested());
    if (!fault.killsServer()) {
      return HarvestRun.run(client, l -> client.fetchOutcomes(request, l));
    }
    int toDownload =
        selection.reachable().size()
            - (start.faultedMode() == Mode.OVERWRITE
                ? 0
                : IdSets.intersection(completeBefore, selection.reachable()).size());
    assertTrue(
        toDownload > DOWNLOADS_BEFORE_KILL + 6,
        "enough downloads left for the kill to land mid-harvest: " + toDownload);
    HarvestInProgress harvest =
        HarvestInProgress.start(
            client, l -> client.fetchOutcomes(request, l), DOWNLOADS_BEFORE_KILL);
    harvest.awaitDownloads(Duration.ofMinutes(1));
    replica.killAndRestart();
    return harvest.finish(HarvestInProgress.TIMEOUT);
  }

  private static HarvestRun offlineHarvest(RestartableReplica replica, Path dataDir) {
    replica.resetFigures();
    NeuroVaultClient client = replica.clientBuilder().build();
    return HarvestRun.run(
        client, l -> client.fetchOutcomes(Requests.everything(dataDir, Mode.OFFLINE, false), l));
  }

  private static void assertFailuresAreExactlyTheUnreachable(
      String name, HarvestRun run, Reachability selection, Corpus corpus) {
    assertEquals(
        selection.unreachable().size(),
        run.failures().size(),
        name + ": one failure per unreachable image: " + run.failures());
    assertEquals(
        selection.unreachable(),
        run.failuresById().keySet(),
        name + ": failures name exactly the unreachable images");
    assertEquals(
        selection.unreachable(),
        run.events(HarvestEvent.ImageFailed.class).stream()
            .map(e -> e.failure().imageId())
            .collect(Collectors.toCollection(TreeSet::new)),
        name + ": an ImageFailed event per unreachable image");
    for (FailedImage failure : run.failures()) {
      String what = name + ": failure of image " + failure.imageId() + ": " + failure.reason();
      assertTrue(failure.image().isPresent(), what);
      if (corpus.fileStatus(failure.imageId()) == FileStatus.MISSING) {
        assertTrue(failure.cause() instanceof NotFoundException, what + " / " + failure.cause());
        assertTrue(failure.reason().contains("404"), what);
      } else {
        assertTrue(failure.cause() instanceof CorruptFileException, what + " / " + failure.cause());
        assertFalse(failure.reason().isBlank(), what);
      }
    }
  }

  private static void assertStoreHoldsExactlyTheReachable(
      String name, Path dataDir, Corpus corpus, Reachability selection) {
    StoreChecks.assertStoredIdentical(dataDir, corpus, selection.reachable());
    StoreChecks.assertAbsent(dataDir, corpus, selection.unreachable());
    assertEquals(
        selection.reachable(),
        StoreChecks.completeImages(dataDir),
        name + ": the images complete on disk");
    StoreChecks.assertNoLeftovers(dataDir);
    StoreChecks.assertOnlyLayoutFiles(dataDir);
  }

  private static void report(
      FaultCase fault,
      StartState start,
      Reachability selection,
      Corpus corpus,
      Path dataDir,
      HarvestRun run,
      HarvestRun offline,
      ReplicaFigures figures) {
    int fromDisk =
        run.fetchedIds(Origin.LOCAL_STORE).size()
            + (offline == null ? 0 : offline.fetchedIds(Origin.LOCAL_STORE).size());
    Duration elapsed = offline == null ? run.elapsed() : run.elapsed().plus(offline.elapsed());
    ReliabilityReport.add(
        new ReliabilityReport.Row(
            "fault matrix",
            fault.toString(),
            start.toString(),
            selection.reachable().size(),
            selection.unreachable().size(),
            run.fetchedIds(Origin.DOWNLOADED).size(),
            fromDisk,
            run.failures().size(),
            run.failures().size() == selection.unreachable().size()
                && run.failuresById().keySet().equals(selection.unreachable()),
            StoreChecks.lost(dataDir, corpus, selection.reachable()).size(),
            figures,
            elapsed));
  }
}
