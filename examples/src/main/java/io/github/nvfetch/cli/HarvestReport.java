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
 * @param warnings what the user should know about the run (stderr and the JSON summary)
 */
public record HarvestReport(
    NeuroVaultDataset dataset,
    Duration elapsed,
    HarvestProgress progress,
    List<HarvestEvent.CollectionFailed> failedCollections,
    Path dataDir,
    boolean wordsRequested,
    List<String> warnings) {

  /** Copies the lists. */
  public HarvestReport {
    failedCollections = List.copyOf(failedCollections);
    warnings = List.copyOf(warnings);
  }

  /** The same report with more warnings. */
  public HarvestReport withWarnings(List<String> more) {
    List<String> all = new java.util.ArrayList<>(warnings);
    all.addAll(more);
    return new HarvestReport(
        dataset, elapsed, progress, failedCollections, dataDir, wordsRequested, all);
  }

  /** Nothing was fetched and something failed: an image or a collection. */
  public boolean nothingFetchedButFailures() {
    return dataset.fetched().isEmpty()
        && (!dataset.failures().isEmpty() || !failedCollections.isEmpty());
  }

  /** The exit code of the run: {@link ExitCodes#NOTHING_FETCHED} or {@link ExitCodes#OK}. */
  public int exitCode() {
    return nothingFetchedButFailures() ? ExitCodes.NOTHING_FETCHED : ExitCodes.OK;
  }

  /** Images of the result that were already in the local store. */
  public long fromLocalStore() {
    return dataset.fetched().stream()
        .filter(image -> image.origin() == FetchedImage.Origin.LOCAL_STORE)
        .count();
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
