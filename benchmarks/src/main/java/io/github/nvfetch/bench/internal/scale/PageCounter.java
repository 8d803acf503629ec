package io.github.nvfetch.bench.internal.scale;

import io.github.nvfetch.reactor.HarvestEvent;
import io.github.nvfetch.reactor.HarvestListener;
import java.util.concurrent.atomic.LongAdder;

/**
 * A listener counting the records the client read from list pages: image records from {@code
 * /api/collections/<id>/images/} pages, collection records from {@code /api/collections/} pages.
 */
public final class PageCounter implements HarvestListener {

  private final LongAdder imageRecords = new LongAdder();
  private final LongAdder collections = new LongAdder();
  private final LongAdder pages = new LongAdder();
  private final LongAdder failed = new LongAdder();

  @Override
  public void onEvent(HarvestEvent event) {
    if (event instanceof HarvestEvent.PageFetched page) {
      pages.increment();
      String path = String.valueOf(page.uri().getPath());
      (path.endsWith("/images/") ? imageRecords : collections).add(page.items());
    } else if (event instanceof HarvestEvent.ImageFailed) {
      failed.increment();
    }
  }

  /** Image records read. */
  public long imageRecords() {
    return imageRecords.sum();
  }

  /** Collection records read. */
  public long collections() {
    return collections.sum();
  }

  /** Pages read. */
  public long pages() {
    return pages.sum();
  }

  /** Images that failed. */
  public long failed() {
    return failed.sum();
  }
}
