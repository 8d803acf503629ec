package io.github.nvfetch.examples.service;

import io.github.nvfetch.core.FetchedImage;
import io.github.nvfetch.reactor.HarvestEvent;
import io.github.nvfetch.reactor.HarvestListener;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts one harvest's events for {@code GET /progress/{harvest}}: images selected, fetched
 * (downloaded or from disk), failed, bytes received, retries, and whether it has ended.
 */
final class ProgressTracker implements HarvestListener {

  private final long id;
  private final long startedNanos = System.nanoTime();
  private final AtomicLong selected = new AtomicLong();
  private final AtomicLong downloaded = new AtomicLong();
  private final AtomicLong fromDisk = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong bytes = new AtomicLong();
  private final AtomicLong retries = new AtomicLong();
  private volatile String state = "running";

  ProgressTracker(long id) {
    this.id = id;
  }

  long id() {
    return id;
  }

  @Override
  public void onEvent(HarvestEvent event) {
    if (event instanceof HarvestEvent.ImageSelected) {
      selected.incrementAndGet();
    } else if (event instanceof HarvestEvent.ImageFetched fetched) {
      boolean local = fetched.image().origin() == FetchedImage.Origin.LOCAL_STORE;
      (local ? fromDisk : downloaded).incrementAndGet();
    } else if (event instanceof HarvestEvent.ImageFailed) {
      failed.incrementAndGet();
    } else if (event instanceof HarvestEvent.BytesTransferred transferred) {
      bytes.addAndGet(transferred.bytes());
    } else if (event instanceof HarvestEvent.RetryScheduled) {
      retries.incrementAndGet();
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
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("harvest", id);
    view.put("state", state);
    view.put("selected", selected.get());
    view.put("fetched", downloaded.get() + fromDisk.get());
    view.put("downloaded", downloaded.get());
    view.put("from_disk", fromDisk.get());
    view.put("failed", failed.get());
    view.put("bytes", bytes.get());
    view.put("retries", retries.get());
    view.put("elapsed_ms", (System.nanoTime() - startedNanos) / 1_000_000);
    return view;
  }
}
