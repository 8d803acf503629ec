package io.github.nvfetch.reactor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.FetchedImage;
import io.github.nvfetch.core.internal.walk.WalkJournal;
import io.github.nvfetch.core.internal.walk.WalkSelection;
import io.github.nvfetch.core.store.LocalStore;
import io.github.nvfetch.reactor.HarvestEvent;
import io.github.nvfetch.reactor.HarvestProgress;
import io.github.nvfetch.reactor.NeuroVaultClient;
import io.github.nvfetch.reactor.ProgressTracker;
import io.github.nvfetch.testkit.CorpusSpec;
import io.github.nvfetch.testkit.LoggedRequest;
import io.github.nvfetch.testkit.junit.StoreContents;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;

/**
 * A rerun with {@code resume(true)} continues the recorded walk: it lists none of the collections
 * walked before, downloads nothing stored before, and ends with exactly the images a fresh run with
 * the same request gets; a request that differs walks from the start and says why.
 */
class WalkResumeTest {

  private static final CorpusSpec SPEC =
      CorpusSpec.builder().seed(29).collections(40).images(320).build();
  private static final Pattern IMAGES_OF = Pattern.compile("/api/collections/(\\d+)/images/");
  private static final Duration TIMEOUT = Duration.ofMinutes(2);

  @TempDir Path resumedDir;
  @TempDir Path freshDir;

  private static List<FetchedImage> run(
      NeuroVaultClient client, FetchRequest request, List<HarvestEvent> events) {
    return client.fetch(request, events::add).collectList().block(TIMEOUT);
  }

  private static Set<Long> ids(List<FetchedImage> images) {
    return images.stream().map(i -> i.image().id()).collect(Collectors.toCollection(TreeSet::new));
  }

  private static List<Long> listed(List<LoggedRequest> log) {
    List<Long> ids = new ArrayList<>();
    for (LoggedRequest r : log) {
      Matcher m = IMAGES_OF.matcher(r.pathAndQuery());
      if (m.find()) {
        ids.add(Long.parseLong(m.group(1)));
      }
    }
    return ids;
  }

  @Test
  void aResumedRunListsNoWalkedCollectionAndEndsLikeAFreshRun() {
    try (Replica replica = Replica.start(SPEC);
        NeuroVaultClient client = replica.client()) {
      FetchRequest first =
          FetchRequest.builder().dataDir(resumedDir).maxImages(40).resume(true).build();
      List<FetchedImage> before = run(client, first, new ArrayList<>());
      List<Long> listedBefore = listed(replica.server.requestLog());
      long frontier = before.get(before.size() - 1).collection().id();
      assertTrue(
          Files.exists(WalkJournal.of(LocalStore.at(resumedDir)).file(selection(replica, first))),
          "the walk was recorded, and kept at the end of a run with resume");
      replica.server.resetStats();

      FetchRequest more = first.toBuilder().maxImages(150).build();
      List<HarvestEvent> events = new CopyOnWriteArrayList<>();
      ProgressTracker progress = ProgressTracker.of(more);
      List<FetchedImage> resumed =
          client
              .fetch(
                  more,
                  event -> {
                    events.add(event);
                    progress.onEvent(event);
                  })
              .collectList()
              .block(TIMEOUT);
      List<Long> listedAfter = listed(replica.server.requestLog());
      List<FetchedImage> fresh =
          run(client, more.toBuilder().dataDir(freshDir).resume(false).build(), new ArrayList<>());

      assertEquals(ids(fresh), ids(resumed), "the images of a fresh run with the same request");
      assertEquals(ids(fresh), new TreeSet<>(StoreContents.imagesOnDisk(resumedDir)));
      Set<Long> downloadedAgain =
          resumed.stream()
              .filter(i -> i.origin() == FetchedImage.Origin.DOWNLOADED)
              .map(i -> i.image().id())
              .filter(ids(before)::contains)
              .collect(Collectors.toSet());
      assertEquals(Set.of(), downloadedAgain, "nothing stored before is downloaded again");
      List<Long> walkedBefore = listedBefore.subList(0, listedBefore.indexOf(frontier));
      List<Long> listedAgain = listedAfter.stream().filter(walkedBefore::contains).toList();
      assertEquals(
          List.of(),
          listedAgain,
          "collections walked before the frontier (" + frontier + ") listed again");
      assertTrue(events.stream().noneMatch(HarvestEvent.WalkNotResumed.class::isInstance));
      HarvestProgress last = progress.snapshot();
      assertTrue(last.collectionsCount() > 0, last.toString());
      assertTrue(last.collectionsWalked() > 0, last.toString());
      assertTrue(
          last.toString().endsWith("/" + last.collectionsCount() + " collections"),
          last.toString());
    }
  }

  @Test
  void aRunWithoutResumeRemovesItsRecordWhenItEndsAndKeepsItWhenInterrupted() {
    try (Replica replica = Replica.start(SPEC);
        NeuroVaultClient client = replica.client()) {
      FetchRequest plain = FetchRequest.builder().dataDir(resumedDir).maxImages(30).build();
      Path journal = WalkJournal.of(LocalStore.at(resumedDir)).file(selection(replica, plain));

      run(client, plain, new ArrayList<>());
      assertFalse(Files.exists(journal.getParent()), "a finished run leaves only nilearn's files");

      List<FetchedImage> interrupted =
          client.fetch(plain.toBuilder().noLimit().build()).take(60).collectList().block(TIMEOUT);
      assertEquals(60, interrupted.size());
      Flux.interval(Duration.ofMillis(20))
          .filter(tick -> Files.exists(journal))
          .next()
          .block(Duration.ofSeconds(20));
      assertTrue(Files.exists(journal), "a cancelled run keeps its record for --resume");

      List<HarvestEvent> events = new CopyOnWriteArrayList<>();
      run(client, plain.toBuilder().maxImages(90).resume(true).build(), events);
      assertTrue(events.stream().noneMatch(HarvestEvent.WalkNotResumed.class::isInstance));
    }
  }

  private static WalkSelection selection(Replica replica, FetchRequest request) {
    return new WalkSelection(
        replica.server.baseUrl() + "/api/",
        request.effectiveCollectionTerms().toString(),
        request.effectiveImageTerms().toString());
  }

  @Test
  void aWalkToTheEndResumesWithoutListingAnyCollectionAgain() {
    try (Replica replica = Replica.start(SPEC);
        NeuroVaultClient client = replica.client()) {
      FetchRequest all = FetchRequest.builder().dataDir(resumedDir).noLimit().resume(true).build();
      ProgressTracker progress = ProgressTracker.of(all);
      List<FetchedImage> before = client.fetch(all, progress).collectList().block(TIMEOUT);
      HarvestProgress walked = progress.snapshot();
      assertTrue(walked.collectionsCount() > 0, walked.toString());
      assertEquals(walked.collectionsCount(), walked.collectionsWalked(), walked.toString());
      replica.server.resetStats();

      List<FetchedImage> again = run(client, all, new ArrayList<>());

      assertEquals(ids(before), ids(again));
      assertEquals(List.of(), listed(replica.server.requestLog()), "image lists read again");
      assertTrue(again.stream().allMatch(i -> i.origin() == FetchedImage.Origin.LOCAL_STORE));
    }
  }

  @Test
  void aDifferentSelectionWalksFromTheStartAndSaysWhy() {
    try (Replica replica = Replica.start(SPEC);
        NeuroVaultClient client = replica.client()) {
      FetchRequest first =
          FetchRequest.builder().dataDir(resumedDir).maxImages(20).resume(true).build();
      run(client, first, new ArrayList<>());
      FetchRequest other =
          first.toBuilder().imageTerm("modality", "fMRI-BOLD").maxImages(60).build();
      List<HarvestEvent> events = new CopyOnWriteArrayList<>();

      List<FetchedImage> got = run(client, other, events);
      List<FetchedImage> fresh =
          run(client, other.toBuilder().dataDir(freshDir).resume(false).build(), new ArrayList<>());

      List<String> reasons =
          events.stream()
              .filter(HarvestEvent.WalkNotResumed.class::isInstance)
              .map(e -> ((HarvestEvent.WalkNotResumed) e).reason())
              .toList();
      assertEquals(1, reasons.size(), events.toString());
      assertTrue(reasons.get(0).contains("image terms: recorded"), reasons.get(0));
      assertTrue(reasons.get(0).contains("'modality': 'fMRI-BOLD'"), reasons.get(0));
      assertEquals(ids(fresh), ids(got), "still the right images");
    }
  }

  @Test
  void resumeWithoutARecordOrWithAPredicateSaysWhy() {
    try (Replica replica = Replica.start(SPEC);
        NeuroVaultClient client = replica.client()) {
      List<HarvestEvent> events = new CopyOnWriteArrayList<>();
      run(
          client,
          FetchRequest.builder().dataDir(resumedDir).maxImages(5).resume(true).build(),
          events);
      run(
          client,
          FetchRequest.builder()
              .dataDir(resumedDir)
              .maxImages(10)
              .resume(true)
              .imageFilter(image -> true)
              .build(),
          events);

      List<String> reasons =
          events.stream()
              .filter(HarvestEvent.WalkNotResumed.class::isInstance)
              .map(e -> ((HarvestEvent.WalkNotResumed) e).reason())
              .toList();
      assertEquals(2, reasons.size(), reasons.toString());
      assertTrue(reasons.get(0).startsWith("no walk is recorded"), reasons.get(0));
      assertTrue(reasons.get(1).contains("filter"), reasons.get(1));
    }
  }
}
