package io.github.nvfetch.reactor.internal.harvest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.store.StagedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The coalescing window between one harvest's verified download and its commit: a harvest that
 * reaches the image then gets a copy at once (no download, no wait for the commit); once the first
 * file is settled, the flight is over.
 */
class InFlightDownloadsTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final byte[] BYTES = "verified image bytes".getBytes(StandardCharsets.US_ASCII);

  @TempDir Path dir;

  private final Scheduler io = Schedulers.newBoundedElastic(4, 100, "inflight-test");
  private final InFlightDownloads downloads = new InFlightDownloads();

  @AfterEach
  void stopScheduler() {
    io.dispose();
  }

  @Test
  void aHarvestArrivingBeforeTheCommitGetsACopyWithoutDownloading() throws IOException {
    Path target = dir.resolve("image_1.nii.gz");
    PendingFiles leaderPending = new PendingFiles();
    StagedFile leader =
        join(target, leaderPending, verifiedDownload(target, leaderPending, new AtomicInteger()));

    AtomicInteger lateDownloads = new AtomicInteger();
    PendingFiles latePending = new PendingFiles();
    StagedFile late =
        join(target, latePending, verifiedDownload(target, latePending, lateDownloads));

    assertEquals(0, lateDownloads.get(), "the late harvest did not download");
    assertNotEquals(leader.partPath(), late.partPath(), "each harvest has its own part file");
    assertArrayEquals(BYTES, Files.readAllBytes(late.partPath()));
    assertFalse(Files.exists(target), "nothing committed yet: the copy did not wait for it");

    commit(leader, leaderPending);
    commit(late, latePending);
    assertArrayEquals(BYTES, Files.readAllBytes(target));
    assertEquals(List.of(target), filesIn(dir), "no part file left");
  }

  @Test
  void aHarvestArrivingAfterTheCommitStartsANewFlight() {
    Path target = dir.resolve("image_2.nii.gz");
    PendingFiles leaderPending = new PendingFiles();
    StagedFile leader =
        join(target, leaderPending, verifiedDownload(target, leaderPending, new AtomicInteger()));
    commit(leader, leaderPending);

    AtomicInteger nextDownloads = new AtomicInteger();
    PendingFiles nextPending = new PendingFiles();
    StagedFile next =
        join(target, nextPending, verifiedDownload(target, nextPending, nextDownloads));

    assertEquals(1, nextDownloads.get(), "the flight ended with the commit");
    commit(next, nextPending);
  }

  @Test
  void aHarvestArrivingAfterTheFirstFileWasDiscardedDownloadsItself() {
    Path target = dir.resolve("image_3.nii.gz");
    PendingFiles leaderPending = new PendingFiles();
    StagedFile leader =
        join(target, leaderPending, verifiedDownload(target, leaderPending, new AtomicInteger()));
    leader.abort();
    leaderPending.settled(leader);

    AtomicInteger lateDownloads = new AtomicInteger();
    PendingFiles latePending = new PendingFiles();
    StagedFile late =
        join(target, latePending, verifiedDownload(target, latePending, lateDownloads));

    assertEquals(1, lateDownloads.get());
    commit(late, latePending);
    assertTrue(Files.isRegularFile(target));
  }

  @Test
  void harvestsHoldingEachOthersImagesUncommittedDoNotWaitForEachOther() {
    Path x = dir.resolve("image_x.nii.gz");
    Path y = dir.resolve("image_y.nii.gz");
    PendingFiles a = new PendingFiles();
    PendingFiles b = new PendingFiles();
    AtomicInteger downloaded = new AtomicInteger();
    StagedFile xOfA = join(x, a, verifiedDownload(x, a, downloaded));
    StagedFile yOfB = join(y, b, verifiedDownload(y, b, downloaded));

    // A would commit x only after y, B would commit y only after x: neither waits for a commit.
    StagedFile yOfA = join(y, a, verifiedDownload(y, a, downloaded));
    StagedFile xOfB = join(x, b, verifiedDownload(x, b, downloaded));

    assertEquals(2, downloaded.get(), "each image downloaded once");
    for (StagedFile file : new StagedFile[] {yOfA, xOfA}) {
      commit(file, a);
    }
    for (StagedFile file : new StagedFile[] {xOfB, yOfB}) {
      commit(file, b);
    }
    a.allSettled().block(TIMEOUT);
    b.allSettled().block(TIMEOUT);
  }

  private StagedFile join(Path target, PendingFiles pending, Mono<StagedFile> download) {
    Supplier<StagedFile> stage = () -> StagedFile.forTarget(target);
    return downloads.coalesce(stage, pending, io, download).block(TIMEOUT);
  }

  /** A download that writes {@link #BYTES} to a fresh staged file and flushes it (verified). */
  private Mono<StagedFile> verifiedDownload(
      Path target, PendingFiles pending, AtomicInteger count) {
    return Mono.fromCallable(
            () -> {
              count.incrementAndGet();
              StagedFile file = StagedFile.forTarget(target);
              pending.opened(file);
              file.write(ByteBuffer.wrap(BYTES));
              file.flush();
              return file;
            })
        .subscribeOn(io);
  }

  private static void commit(StagedFile file, PendingFiles pending) {
    try {
      file.commit();
    } finally {
      pending.settled(file);
    }
  }

  private static List<Path> filesIn(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
