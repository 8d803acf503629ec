package io.github.nvfetch.reactor.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.FailedImage;
import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.FetchedImage;
import io.github.nvfetch.core.IdsRequest;
import io.github.nvfetch.core.ImageOutcome;
import io.github.nvfetch.core.Mode;
import io.github.nvfetch.core.NeuroVaultDataset;
import io.github.nvfetch.core.store.LocalStore;
import io.github.nvfetch.core.volume.BoundingBoxException;
import io.github.nvfetch.core.volume.Interpolation;
import io.github.nvfetch.core.volume.Resampling;
import io.github.nvfetch.core.volume.Volume;
import io.github.nvfetch.reactor.HarvestEvent;
import io.github.nvfetch.reactor.HarvestListener;
import io.github.nvfetch.reactor.NeuroVaultClient;
import io.github.nvfetch.testkit.CorpusSpec;
import io.github.nvfetch.testkit.ReplicaRoute;
import io.github.nvfetch.testkit.junit.StoreContents;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** nilearn's resample=True in a harvest: files, metadata and modes. */
class ResampleHarvestTest {

  @TempDir Path dataDir;

  @Test
  void resampledFilesReplaceOriginalsAndModesFollowNilearn() throws Exception {
    try (Replica replica =
            Replica.start(CorpusSpec.builder().seed(11).collections(4).images(12).build());
        NeuroVaultClient client = replica.client()) {
      long collection =
          replica
              .corpus
              .collectionIds()
              .filter(c -> replica.corpus.imageIds(c).count() >= 2)
              .findFirst()
              .getAsLong();
      List<Long> ids = replica.corpus.imageIds(collection).limit(2).boxed().toList();
      LocalStore store = LocalStore.at(dataDir);
      IdsRequest resampled =
          IdsRequest.builder()
              .imageIds(ids.get(0), ids.get(1))
              .dataDir(dataDir)
              .resample(true)
              .build();

      // One image alone first: HttpTransport's first concurrent JSON parses can contend on
      // Jackson's deserializer cache lock, which BlockHound reports (not this feature's code).
      run(client, resampled.toBuilder().imageIds(ids.get(0)).build());
      List<ImageOutcome> first = run(client, resampled);

      for (int i = 0; i < ids.size(); i++) {
        long id = ids.get(i);
        FetchedImage fetched = (FetchedImage) first.get(i);
        Path file = store.resampledFile(collection, id);
        assertEquals(file, fetched.file());
        assertFalse(Files.exists(store.imageFile(collection, id)), "original kept");
        Volume volume = Volume.read(file);
        assertArrayEquals(Resampling.standardAffine(), volume.affine());
        assertEquals("continuous", fetched.image().get("resampled_interpolation"));
        assertEquals(file.toString(), fetched.image().get("resampled_absolute_path"));
        String saved = Files.readString(file.resolveSibling("image_" + id + "_metadata.json"));
        assertTrue(
            saved.contains("\"resampled_interpolation\":\"continuous\"")
                || saved.contains("\"resampled_interpolation\": \"continuous\""),
            saved);
      }
      replica.assertNoLeftovers(dataDir);
      int filesServed = replica.requests(ReplicaRoute.MEDIA_FILE).size();
      assertEquals(2, filesServed);

      List<ImageOutcome> offline = run(client, resampled.toBuilder().mode(Mode.OFFLINE).build());
      assertEquals(2, offline.stream().filter(ImageOutcome::isSuccess).count());

      List<ImageOutcome> originals = run(client, resampled.toBuilder().resample(false).build());
      assertEquals(
          4,
          replica.requests(ReplicaRoute.MEDIA_FILE).size(),
          "download_new after resample=True fetches the originals never kept");
      assertEquals(
          store.imageFile(collection, ids.get(0)), ((FetchedImage) originals.get(0)).file());
      replica.assertStoredIdentical(dataDir, ids);

      List<ImageOutcome> linear =
          run(
              client,
              resampled.toBuilder().interpolation(Interpolation.LINEAR).mode(Mode.OFFLINE).build());
      FetchedImage relinear = (FetchedImage) linear.get(0);
      assertEquals("linear", relinear.image().get("resampled_interpolation"));
      Volume expected =
          Resampling.toStandardGrid(
              Volume.read(store.imageFile(collection, ids.get(0))), Interpolation.LINEAR);
      Volume actual = Volume.read(relinear.file());
      for (int i = 0; i < expected.voxelCount(); i++) {
        assertEquals(expected.getFlat(i), actual.getFlat(i), "voxel " + i);
      }
      assertEquals(4, replica.requests(ReplicaRoute.MEDIA_FILE).size());
      replica.assertNoLeftovers(dataDir);
    }
  }

  @Test
  void offlineImageWithNeitherFileIsAReportedFailure() throws Exception {
    try (Replica replica =
            Replica.start(CorpusSpec.builder().seed(12).collections(3).images(9).build());
        NeuroVaultClient client = replica.client()) {
      long collection =
          replica
              .corpus
              .collectionIds()
              .filter(c -> replica.corpus.imageIds(c).count() >= 2)
              .findFirst()
              .getAsLong();
      List<Long> ids = replica.corpus.imageIds(collection).limit(2).boxed().toList();
      LocalStore store = LocalStore.at(dataDir);
      IdsRequest resampled =
          IdsRequest.builder()
              .imageIds(ids.get(0), ids.get(1))
              .dataDir(dataDir)
              .resample(true)
              .build();
      run(client, resampled.toBuilder().imageIds(ids.get(0)).build());
      run(client, resampled);
      Files.delete(store.resampledFile(collection, ids.get(1)));

      EventLog events = new EventLog();
      List<ImageOutcome> offline =
          client
              .fetchIdsOutcomes(resampled.toBuilder().mode(Mode.OFFLINE).build(), events)
              .collectList()
              .block(Duration.ofMinutes(1));

      assertEquals(2, offline.size());
      assertTrue(offline.get(0).isSuccess());
      FailedImage failed = (FailedImage) offline.get(1);
      assertEquals(ids.get(1), failed.imageId());
      assertTrue(failed.reason().contains("offline"), failed.reason());
      assertTrue(
          events.untilFinished().contains(new HarvestEvent.ImageFailed(failed)), events.toString());

      List<ImageOutcome> online = run(client, resampled);
      assertTrue(online.stream().allMatch(ImageOutcome::isSuccess), online.toString());
      assertTrue(Files.isRegularFile(store.resampledFile(collection, ids.get(1))));
      assertEquals(
          3,
          replica.requests(ReplicaRoute.MEDIA_FILE).size(),
          "online, an image with neither file is fetched again");
      replica.assertNoLeftovers(dataDir);
    }
  }

  @Test
  void resampledFileOfAnotherInterpolationIsNotReusedSilently() throws Exception {
    try (Replica replica =
            Replica.start(CorpusSpec.builder().seed(13).collections(2).images(4).build());
        NeuroVaultClient client = replica.client()) {
      long id =
          replica
              .corpus
              .collectionIds()
              .flatMap(c -> replica.corpus.imageIds(c))
              .findFirst()
              .getAsLong();
      long collection = replica.image(id).collectionId().getAsLong();
      LocalStore store = LocalStore.at(dataDir);
      IdsRequest continuous =
          IdsRequest.builder().imageIds(id).dataDir(dataDir).resample(true).build();
      run(client, continuous);
      byte[] madeContinuous = Files.readAllBytes(store.resampledFile(collection, id));

      IdsRequest nearest = continuous.toBuilder().interpolation(Interpolation.NEAREST).build();
      FailedImage offline =
          (FailedImage) run(client, nearest.toBuilder().mode(Mode.OFFLINE).build()).get(0);
      assertTrue(offline.reason().contains("continuous"), offline.reason());
      assertArrayEquals(madeContinuous, Files.readAllBytes(store.resampledFile(collection, id)));

      FetchedImage online = (FetchedImage) run(client, nearest).get(0);
      assertEquals("nearest", online.image().get("resampled_interpolation"));
      assertEquals(2, replica.requests(ReplicaRoute.MEDIA_FILE).size());
      assertFalse(Files.exists(store.imageFile(collection, id)), "original kept");
      replica.assertNoLeftovers(dataDir);
    }
  }

  @Test
  void imageOutsideTheGridIsAReportedFailureWithNoLeftover() throws Exception {
    try (Replica replica =
            Replica.start(CorpusSpec.builder().seed(14).collections(2).images(4).build());
        NeuroVaultClient client = replica.client()) {
      long id =
          replica
              .corpus
              .collectionIds()
              .flatMap(c -> replica.corpus.imageIds(c))
              .findFirst()
              .getAsLong();
      long collection = replica.image(id).collectionId().getAsLong();
      LocalStore store = LocalStore.at(dataDir);
      IdsRequest request = IdsRequest.builder().imageIds(id).dataDir(dataDir).build();
      run(client, request);
      // An original whose voxels all lie below the standard grid: nilearn's BoundingBoxError.
      double[][] below = {{2, 0, 0, -900}, {0, 2, 0, -900}, {0, 0, 2, -900}, {0, 0, 0, 1}};
      Volume.ofFloats(new int[] {4, 4, 4}, below, new float[64])
          .writeNiftiGz(store.imageFile(collection, id));

      EventLog events = new EventLog();
      List<ImageOutcome> outcomes =
          client
              .fetchIdsOutcomes(
                  request.toBuilder().resample(true).mode(Mode.OFFLINE).build(), events)
              .collectList()
              .block(Duration.ofMinutes(1));

      FailedImage failed = (FailedImage) outcomes.get(0);
      assertEquals(id, failed.imageId());
      assertTrue(failed.cause() instanceof BoundingBoxException, failed.cause().toString());
      assertTrue(failed.reason().contains("field of view"), failed.reason());
      assertTrue(
          events.untilFinished().contains(new HarvestEvent.ImageFailed(failed)), events.toString());
      assertEquals(List.of(), StoreContents.leftovers(dataDir));
      assertFalse(Files.exists(store.resampledFile(collection, id)));
      assertTrue(Files.exists(store.imageFile(collection, id)), "the original stays");
    }
  }

  @Test
  void datasetAndExportsCarryTheResampledPaths() throws Exception {
    try (Replica replica =
            Replica.start(CorpusSpec.builder().seed(15).collections(2).images(4).build());
        NeuroVaultClient client = replica.client()) {
      FetchRequest request =
          FetchRequest.builder()
              .maxImages(2)
              .dataDir(dataDir)
              .resample(true)
              .interpolation(Interpolation.LINEAR)
              .build();
      NeuroVaultDataset dataset = client.fetchDataset(request).block(Duration.ofMinutes(1));

      assertEquals(2, dataset.images().size());
      for (FetchedImage fetched : dataset.fetched()) {
        Path expected =
            LocalStore.at(dataDir).resampledFile(fetched.collection().id(), fetched.image().id());
        assertEquals(expected, fetched.file());
      }
      Path csv = dataDir.resolve("images.csv");
      Path jsonl = dataDir.resolve("images.jsonl");
      dataset.writeCsv(NeuroVaultDataset.Table.IMAGES, csv);
      dataset.writeJsonLines(NeuroVaultDataset.Table.IMAGES, jsonl);
      for (Path export : List.of(csv, jsonl)) {
        String text = Files.readString(export);
        assertTrue(text.contains("resampled_absolute_path"), text);
        assertTrue(text.contains("resampled_interpolation"), text);
        for (Path image : dataset.images()) {
          assertTrue(text.contains(image.toString()), image + " in " + export);
        }
      }
    }
  }

  private static List<ImageOutcome> run(NeuroVaultClient client, IdsRequest request) {
    return client.fetchIdsOutcomes(request, event -> {}).collectList().block(Duration.ofMinutes(1));
  }

  /**
   * The events of one harvest. They reach a listener on the dispatcher's thread, possibly after the
   * harvest's stream has ended: {@link #untilFinished()} waits for the last one.
   */
  private static final class EventLog implements HarvestListener {
    private final List<HarvestEvent> events = Collections.synchronizedList(new ArrayList<>());
    private final CompletableFuture<Void> finished = new CompletableFuture<>();

    @Override
    public void onEvent(HarvestEvent event) {
      events.add(event);
      if (event instanceof HarvestEvent.HarvestFinished) {
        finished.complete(null);
      }
    }

    List<HarvestEvent> untilFinished() throws Exception {
      finished.get(30, TimeUnit.SECONDS);
      return List.copyOf(events);
    }

    @Override
    public String toString() {
      return events.toString();
    }
  }
}
