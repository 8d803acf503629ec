package io.github.nvfetch.examples.service;

import io.github.nvfetch.core.FetchedImage;
import io.github.nvfetch.core.HarvestRequest;
import io.github.nvfetch.core.ImageOutcome;
import io.github.nvfetch.reactor.HarvestEvent;
import io.github.nvfetch.reactor.HarvestListener;
import io.github.nvfetch.reactor.HarvestProgress;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One harvest of the service for {@code GET /progress/{harvest}}: its id, how it ended, the images
 * streamed (fetched, failed: counted from the stream itself, so the summary line is exact when the
 * stream ends) and the SDK's {@link HarvestProgress} counts for the rest (selected, bytes,
 * retries), which {@link io.github.nvfetch.reactor.ProgressTracker} keeps from the harvest's
 * events. Events arrive on their own thread, possibly after the stream's end.
 */
final class ProgressTracker implements HarvestListener {

  private final long id;
  private final io.github.nvfetch.reactor.ProgressTracker counts;
  private final AtomicLong downloaded = new AtomicLong();
  private final AtomicLong fromDisk = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private volatile String state = "running";

  ProgressTracker(long id, HarvestRequest request) {
    this.id = id;
    this.counts = io.github.nvfetch.reactor.ProgressTracker.of(request.maxImages());
  }

  long id() {
    return id;
  }

  @Override
  public void onEvent(HarvestEvent event) {
    counts.onEvent(event);
  }

  /** Counts one outcome the stream carried. */
  void streamed(ImageOutcome outcome) {
    if (outcome instanceof FetchedImage image) {
      (image.origin() == FetchedImage.Origin.LOCAL_STORE ? fromDisk : downloaded).incrementAndGet();
    } else {
      failed.incrementAndGet();
    }
  }

  /** Marks the end of the harvest: {@code completed}, {@code aborted} or {@code cancelled}. */
  void ended(String how) {
    state = how;
  }

  boolean running() {
    return "running".equals(state);
  }

  /** The snapshot, as the JSON object the endpoint answers. */
  Map<String, Object> snapshot() {
    HarvestProgress progress = counts.snapshot();
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("harvest", id);
    view.put("state", state);
    view.put("selected", progress.selected());
    view.put("fetched", downloaded.get() + fromDisk.get());
    view.put("downloaded", downloaded.get());
    view.put("from_disk", fromDisk.get());
    view.put("failed", failed.get());
    view.put("bytes", progress.bytes());
    view.put("retries", progress.retries());
    view.put("images_per_second", progress.imagesPerSecond());
    progress.eta().ifPresent(eta -> view.put("eta_ms", eta.toMillis()));
    view.put("elapsed_ms", progress.elapsed().toMillis());
    return view;
  }
}
