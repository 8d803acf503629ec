package io.github.nvfetch.report;

import io.github.nvfetch.report.internal.projection.GlassBrain;
import io.github.nvfetch.report.internal.render.ThumbnailRenderer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Renders thumbnails concurrently while a harvest goes on: {@link #submit} an image as soon as it
 * is stored (it returns at once, so it may be called from an event thread), and a bounded set of
 * worker threads reads and renders the queued images, each worker holding one volume in memory at a
 * time. {@link HarvestReport} waits for the pool before writing the page.
 *
 * <p>Thread-safe. Close it when done (it stops the workers; queued work is dropped).
 */
public final class ThumbnailPool implements AutoCloseable {

  private final ExecutorService workers;
  private final ThumbnailRenderer renderer;
  private final Path folder;
  private final Map<Long, CompletableFuture<Thumbnail>> submitted = new LinkedHashMap<>();

  private ThumbnailPool(Path folder, int threads) {
    this.folder = folder;
    this.renderer = new ThumbnailRenderer(folder, GlassBrain.standard());
    AtomicInteger count = new AtomicInteger();
    this.workers =
        new ThreadPoolExecutor(
            threads,
            threads,
            0,
            TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(),
            task -> {
              Thread thread = new Thread(task, "nvfetch-thumbnail-" + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
  }

  /**
   * A pool writing PNG files into a folder (created when the first one is written).
   *
   * @param folder where {@code image_<id>.png} files go
   * @param threads worker threads, at least 1 (the CPU work is bounded by it)
   */
  public static ThumbnailPool create(Path folder, int threads) {
    Objects.requireNonNull(folder, "folder");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    return new ThumbnailPool(folder, threads);
  }

  /** A pool with one worker per available processor. */
  public static ThumbnailPool create(Path folder) {
    return create(folder, Runtime.getRuntime().availableProcessors());
  }

  /** The folder the PNG files go to. */
  public Path folder() {
    return folder;
  }

  /**
   * Queues an image for rendering; returns at once. Submitting the same id again is ignored.
   *
   * @param imageId the image id
   * @param niftiFile its {@code .nii.gz} file
   */
  public void submit(long imageId, Path niftiFile) {
    Objects.requireNonNull(niftiFile, "niftiFile");
    synchronized (submitted) {
      if (!submitted.containsKey(imageId)) {
        submitted.put(
            imageId,
            CompletableFuture.supplyAsync(() -> renderer.render(imageId, niftiFile), workers));
      }
    }
  }

  /** Whether an image was submitted. */
  public boolean contains(long imageId) {
    synchronized (submitted) {
      return submitted.containsKey(imageId);
    }
  }

  /** Waits for every submitted image and returns the thumbnails by image id, in submit order. */
  public Map<Long, Thumbnail> awaitAll() {
    Map<Long, CompletableFuture<Thumbnail>> snapshot;
    synchronized (submitted) {
      snapshot = new LinkedHashMap<>(submitted);
    }
    Map<Long, Thumbnail> done = new LinkedHashMap<>();
    snapshot.forEach((id, future) -> done.put(id, future.join()));
    return done;
  }

  /** Stops the workers. */
  @Override
  public void close() {
    workers.shutdownNow();
  }
}
