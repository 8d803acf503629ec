package io.github.nvfetch.reactor.hostile;

import static io.github.nvfetch.reactor.hostile.HostileHarness.failures;
import static io.github.nvfetch.reactor.hostile.HostileHarness.fetchedIds;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.nvfetch.core.FetchRequest;
import io.github.nvfetch.core.FetchedImage;
import io.github.nvfetch.core.IdsRequest;
import io.github.nvfetch.core.ImageOutcome;
import io.github.nvfetch.core.Mode;
import io.github.nvfetch.core.store.LocalStore;
import io.github.nvfetch.reactor.NeuroVaultClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged files already on disk (truncated, empty, random, grown, or with a flipped bit only a full
 * inflate finds) are never returned as fetched: download_new fetches them again after the quick
 * check, and the {@code verifyFiles} option inflates every stored file.
 */
class DamagedStoreTest {

  private static final List<Long> IDS = List.of(61L, 62L, 63L, 64L, 65L, 66L, 67L);

  @TempDir Path dataDir;

  private Path stored(HostileHarness h, long id) {
    return LocalStore.at(dataDir).imageFile(h.site.collectionOf(id), id);
  }

  private void damage(HostileHarness h) throws IOException {
    byte[] random = new byte[h.site.bytes(63).length];
    new Random(63).nextBytes(random);
    Files.write(stored(h, 61), Arrays.copyOf(h.site.bytes(61), 100));
    Files.write(stored(h, 62), new byte[0]);
    Files.write(stored(h, 63), random);
    Files.write(stored(h, 64), GzipAndNiftiAtStoreTest.concat(h.site.bytes(64), new byte[7]));
  }

  private static Map<Long, FetchedImage.Origin> origins(List<ImageOutcome> outcomes) {
    return outcomes.stream()
        .filter(ImageOutcome::isSuccess)
        .map(o -> (FetchedImage) o)
        .collect(Collectors.toMap(FetchedImage::imageId, FetchedImage::origin));
  }

  private long fileRequests(HostileHarness h, long id) {
    return h.server.requestCount(h.site.filePath(id));
  }

  @Test
  void downloadNewFetchesDamagedFilesAgain() throws IOException {
    try (HostileHarness h = new HostileHarness()) {
      h.site.collection(6, IDS.stream().mapToLong(Long::longValue).toArray());
      try (NeuroVaultClient client = h.clientBuilder().build()) {
        FetchRequest request = FetchRequest.builder().dataDir(dataDir).noLimit().build();
        assertEquals(IDS, fetchedIds(HostileHarness.run(client, request)));
        damage(h);

        List<ImageOutcome> again = HostileHarness.run(client, request);

        assertEquals(List.of(), failures(again));
        assertEquals(IDS.stream().sorted().toList(), fetchedIds(again).stream().sorted().toList());
        Map<Long, FetchedImage.Origin> origins = origins(again);
        for (long id : List.of(61L, 62L, 63L, 64L)) {
          assertEquals(FetchedImage.Origin.DOWNLOADED, origins.get(id), "image " + id);
          assertEquals(2, fileRequests(h, id), "image " + id + " fetched again");
        }
        for (long id : List.of(65L, 66L, 67L)) {
          assertEquals(FetchedImage.Origin.LOCAL_STORE, origins.get(id), "image " + id);
          assertEquals(1, fileRequests(h, id), "intact image " + id);
        }
        h.assertStoredExactly(dataDir, IDS);
        HostileHarness.assertNoLeftovers(dataDir);
      }
    }
  }

  @Test
  void verifyInflatesEveryStoredFileAndFetchesWhatOnlyThatFinds() throws IOException {
    try (HostileHarness h = new HostileHarness()) {
      h.site.collection(6, IDS.stream().mapToLong(Long::longValue).toArray());
      try (NeuroVaultClient client = h.clientBuilder().build()) {
        IdsRequest request = IdsRequest.builder().dataDir(dataDir).collectionIds(6).build();
        assertEquals(IDS, fetchedIds(HostileHarness.run(client, request)));
        byte[] flipped = h.site.bytes(65);
        flipped[flipped.length / 2] ^= 0x10;
        Files.write(stored(h, 65), flipped);

        List<ImageOutcome> quick = HostileHarness.run(client, request);
        assertEquals(
            FetchedImage.Origin.LOCAL_STORE,
            origins(quick).get(65L),
            "the quick check cannot see a flipped bit inside the deflate data");
        assertEquals(1, fileRequests(h, 65));

        List<ImageOutcome> verified =
            HostileHarness.run(client, request.toBuilder().verifyFiles(true).build());

        assertEquals(List.of(), failures(verified));
        assertEquals(FetchedImage.Origin.DOWNLOADED, origins(verified).get(65L));
        assertEquals(2, fileRequests(h, 65));
        h.assertStoredExactly(dataDir, IDS);
        HostileHarness.assertNoLeftovers(dataDir);
      }
    }
  }

  @Test
  void offlineNeverReturnsADamagedFile() throws IOException {
    try (HostileHarness h = new HostileHarness()) {
      h.site.collection(6, IDS.stream().mapToLong(Long::longValue).toArray());
      try (NeuroVaultClient client = h.clientBuilder().build()) {
        FetchRequest request = FetchRequest.builder().dataDir(dataDir).noLimit().build();
        HostileHarness.run(client, request);
        damage(h);
        long requestsBefore = h.server.requests().size();

        List<ImageOutcome> offline =
            HostileHarness.run(client, request.toBuilder().mode(Mode.OFFLINE).build());

        assertEquals(List.of(65L, 66L, 67L), fetchedIds(offline));
        assertEquals(requestsBefore, h.server.requests().size(), "offline sends nothing");
      }
    }
  }
}
