package io.github.nvfetch.cli;

import io.github.nvfetch.core.FetchedImage;
import io.github.nvfetch.core.NeuroVaultDataset;
import io.github.nvfetch.core.store.LocalStore;
import io.github.nvfetch.reactor.HarvestEvent;
import io.github.nvfetch.reactor.HarvestProgress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What a finished harvest produced, for the summaries.
 *
 * @param dataset the result
 * @param elapsed how long the harvest took
 * @param progress the final counters (retries, bytes)
 * @param failedCollections collections that could not be read (ids harvests)
 * @param dataDir the data directory
 * @param wordsRequested whether Neurosynth words were asked for (and vectorized)
 */
public record HarvestReport(NeuroVaultDataset dataset, Duration elapsed,
    HarvestProgress progress, List<HarvestEvent.CollectionFailed> failedCollections,
    Path dataDir, boolean wordsRequested) {

  /** Images of the result that were already in the local store. */
  public long fromLocalStore() {
    return dataset.fetched().stream()
        .filter(image -> image.origin() == FetchedImage.Origin.LOCAL_STORE).count();
  }

  /** Images of the result downloaded by this harvest. */
  public long downloaded() {
    return dataset.fetched().size() - fromLocalStore();
  }

  /** Where the files are: {@code <data dir>/neurovault}, absolute. */
  public Path storeRoot() {
    return LocalStore.at(dataDir).root();
  }
}
