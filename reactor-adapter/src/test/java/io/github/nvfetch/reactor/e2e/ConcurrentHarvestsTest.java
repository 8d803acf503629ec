package io.github.nvfetch.reactor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.FailedImage;
import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.FetchedImage;
import io.github.nvfetch.core.IdsRequest;
import io.github.nvfetch.core.ImageOutcome;
import io.github.nvfetch.core.Mode;
import io.github.nvfetch.reactor.HarvestListener;
import io.github.nvfetch.reactor.NeuroVaultClient;
import io.github.nvfetch.testkit.CorpusSpec;
import io.github.nvfetch.testkit.FileStatus;
import io.github.nvfetch.testkit.junit.StoreContents;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.function.Tuple2;

/**
 * Two harvests with overlapping selections, at the same time, into one data directory (two clients,
 * so two connection pools): both end with every image they selected verified on disk, byte for
 * byte, no false failure, and nothing partial left.
 */
class ConcurrentHarvestsTest {

  private static final CorpusSpec SPEC =
      CorpusSpec.builder().seed(11).collections(10).images(160).build();

  @TempDir Path dataDir;

  private static Set<Long> ids(List<ImageOutcome> outcomes, boolean success) {
    return outcomes.stream()
        .filter(o -> o.isSuccess() == success)
        .map(o -> success ? ((FetchedImage) o).imageId() : ((FailedImage) o).imageId())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @ParameterizedTest
  @EnumSource(
      value = Mode.class,
      names = {"DOWNLOAD_NEW", "OVERWRITE"})
  void overlappingHarvestsIntoOneDirectoryBothEndVerified(Mode mode) {
    try (Replica replica = Replica.start(SPEC);
        NeuroVaultClient first = replica.clientBuilder().downloadConcurrency(4).build();
        NeuroVaultClient second = replica.clientBuilder().downloadConcurrency(3).build()) {
      FetchRequest filtered = FetchRequest.builder().dataDir(dataDir).noLimit().mode(mode).build();
      List<Long> collections = replica.corpus.collectionIds().limit(6).boxed().toList();
      IdsRequest byIds =
          IdsRequest.builder()
              .dataDir(dataDir)
              .mode(mode)
              .collectionIds(collections.stream().mapToLong(Long::longValue).toArray())
              .build();

      for (int round = 0; round < 2; round++) {
        Tuple2<List<ImageOutcome>, List<ImageOutcome>> both =
            Mono.zip(
                    first
                        .fetchOutcomes(filtered, HarvestListener.NONE)
                        .collectList()
                        .subscribeOn(Schedulers.boundedElastic()),
                    second
                        .fetchIdsOutcomes(byIds, HarvestListener.NONE)
                        .collectList()
                        .subscribeOn(Schedulers.boundedElastic()))
                .block(Duration.ofMinutes(2));

        List<Long> selected = replica.expectedSelection(filtered);
        List<Long> inCollections = new ArrayList<>();
        collections.forEach(c -> replica.corpus.imageIds(c).forEach(inCollections::add));
        assertOnlyUnfetchableFail(replica, both.getT1(), selected);
        assertOnlyUnfetchableFail(replica, both.getT2(), inCollections);
        replica.assertStoredIdentical(dataDir, fetchable(replica, selected));
        replica.assertStoredIdentical(dataDir, fetchable(replica, inCollections));
        replica.assertNoLeftovers(dataDir);
        System.out.println(
            "concurrent harvests, "
                + mode
                + " round "
                + round
                + ": "
                + ids(both.getT1(), true).size()
                + " + "
                + ids(both.getT2(), true).size()
                + " images verified, "
                + (ids(both.getT1(), false).size() + ids(both.getT2(), false).size())
                + " unfetchable failures");
      }
    }
  }

  private static List<Long> fetchable(Replica replica, List<Long> ids) {
    return ids.stream().filter(id -> replica.corpus.fileStatus(id) == FileStatus.OK).toList();
  }

  private static void assertOnlyUnfetchableFail(
      Replica replica, List<ImageOutcome> outcomes, List<Long> expected) {
    Set<Long> fetched = ids(outcomes, true);
    Set<Long> failed = ids(outcomes, false);
    assertEquals(new TreeSet<>(fetchable(replica, expected)), fetched, "fetched");
    Set<Long> unfetchable = new TreeSet<>(expected);
    unfetchable.removeAll(fetched);
    assertEquals(unfetchable, failed, "failed: only images whose file the server cannot serve");
    assertTrue(fetched.size() > 20, "a real overlap: " + fetched.size());
  }

  @Test
  void aHarvestAloneRemovesPartFilesLeftByAKilledRun(@TempDir Path other) {
    try (Replica replica = Replica.start(SPEC);
        NeuroVaultClient client = replica.client()) {
      Path collection = other.resolve("neurovault").resolve("collection_1");
      Path stale = collection.resolve("image_1.nii.gz.0123456789abcdef.part");
      try {
        java.nio.file.Files.createDirectories(collection);
        java.nio.file.Files.write(stale, new byte[10]);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      client
          .fetch(FetchRequest.builder().dataDir(other).maxImages(1).build())
          .collectList()
          .block(Duration.ofMinutes(1));
      assertEquals(List.of(), StoreContents.leftovers(other), "a harvest alone removes leftovers");
    }
  }
}
