package io.github.nvfetch.cli;

import io.github.nvfetch.reactor.HarvestEvent;
import io.github.nvfetch.reactor.HarvestListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Collects the collections an ids harvest could not read, for the summary. */
final class CollectionFailures implements HarvestListener {

  private final List<HarvestEvent.CollectionFailed> failed = new CopyOnWriteArrayList<>();

  @Override
  public void onEvent(HarvestEvent event) {
    if (event instanceof HarvestEvent.CollectionFailed collectionFailed) {
      failed.add(collectionFailed);
    }
  }

  /** The collections that could not be read, in the order reported. */
  List<HarvestEvent.CollectionFailed> list() {
    return List.copyOf(failed);
  }
}
