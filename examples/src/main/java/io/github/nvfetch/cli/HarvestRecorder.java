package io.github.nvfetch.cli;

import io.github.nvfetch.core.FailedImage;
import io.github.nvfetch.reactor.HarvestEvent;
import io.github.nvfetch.reactor.HarvestListener;
import io.github.nvfetch.reactor.HarvestProgress;
import io.github.nvfetch.reactor.ProgressTracker;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the command line keeps of a running harvest: the SDK's {@link ProgressTracker} counts it
 * (for the progress display and the summary), and this records what the summaries and Ctrl-C need
 * besides counts: the ids fetched, the failures, the collections that failed, the fields seen. Only
 * lock-free collections are updated on the event thread, so it never slows the harvest.
 */
public final class HarvestRecorder implements HarvestListener {

  private final ProgressTracker counts;
  private final List<HarvestEvent.CollectionFailed> failedCollections =
      new CopyOnWriteArrayList<>();
  private final List<Long> fetchedIds = new CopyOnWriteArrayList<>();
  private final List<FailedImage> failures = new CopyOnWriteArrayList<>();
  private final Set<Long> selectedIds = ConcurrentHashMap.newKeySet();
  private final Set<String> imageFields = ConcurrentHashMap.newKeySet();
  private final Set<String> collectionFields = ConcurrentHashMap.newKeySet();
  private final AtomicReference<String> firstWordsProblem = new AtomicReference<>();

  /**
   * Creates the recorder.
   *
   * @param maxImages the harvest's limit of fetched images, if any (caps the expected total)
   */
  public HarvestRecorder(OptionalInt maxImages) {
    this.counts = ProgressTracker.of(maxImages);
  }

  /** Counts and records one event. */
  @Override
  public void onEvent(HarvestEvent event) {
    counts.onEvent(event);
    if (event instanceof HarvestEvent.ImageSelected chosen) {
      selectedIds.add(chosen.image().id());
    } else if (event instanceof HarvestEvent.ImageFetched fetched) {
      fetchedIds.add(fetched.image().imageId());
    } else if (event instanceof HarvestEvent.ImageFailed imageFailed) {
      failures.add(imageFailed.failure());
    } else if (event instanceof HarvestEvent.WordsUnavailable unavailable) {
      firstWordsProblem.compareAndSet(null, unavailable.reason());
    } else if (event instanceof HarvestEvent.FieldsSeen seen) {
      (seen.records() == HarvestEvent.FieldsSeen.Records.IMAGES ? imageFields : collectionFields)
          .addAll(seen.fields());
    } else if (event instanceof HarvestEvent.CollectionFailed collectionFailed) {
      failedCollections.add(collectionFailed);
    }
  }

  /** The progress now (the SDK's snapshot: selected, fetched, failed, bytes, retries...). */
  public HarvestProgress progress() {
    return counts.snapshot();
  }

  /** The collections that could not be read (ids harvests), in the order reported. */
  public List<HarvestEvent.CollectionFailed> failedCollections() {
    return List.copyOf(failedCollections);
  }

  /** The ids of the images fetched so far, in the order they were reported. */
  public List<Long> fetchedIds() {
    return List.copyOf(fetchedIds);
  }

  /** The images that could not be fetched so far, in the order reported. */
  public List<FailedImage> failures() {
    return List.copyOf(failures);
  }

  /** Whether an image was selected by this harvest (its files may be in the works). */
  public boolean wasSelected(long imageId) {
    return selectedIds.contains(imageId);
  }

  /** The field names of the image records read from the server. */
  public Set<String> imageFields() {
    return Set.copyOf(imageFields);
  }

  /** The field names of the collection records read from the server. */
  public Set<String> collectionFields() {
    return Set.copyOf(collectionFields);
  }

  /** Why Neurosynth gave no words for the first image without words, if any. */
  public Optional<String> firstWordsProblem() {
    return Optional.ofNullable(firstWordsProblem.get());
  }
}
