package io.github.nvfetch.cli;

import io.github.nvfetch.core.FailedImage;
import io.github.nvfetch.core.FetchedImage;
import io.github.nvfetch.reactor.HarvestEvent;
import io.github.nvfetch.reactor.HarvestListener;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts a harvest's events for the progress display and the summary. Only counters are updated
 * on the event thread (no I/O, no lock held for long), so it never slows the harvest; displays
 * read {@link #snapshot()} from their own thread.
 */
public final class HarvestProgress implements HarvestListener {

  private final OptionalInt maxImages;
  private final long startNanos = System.nanoTime();
  private final AtomicLong selected = new AtomicLong();
  private final AtomicLong fromDisk = new AtomicLong();
  private final AtomicLong downloaded = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong bytes = new AtomicLong();
  private final AtomicLong retries = new AtomicLong();
  private final AtomicLong wordsUnavailable = new AtomicLong();
  private final List<HarvestEvent.CollectionFailed> failedCollections =
      new CopyOnWriteArrayList<>();
  private final List<Long> fetchedIds = new CopyOnWriteArrayList<>();
  private final List<FailedImage> failures = new CopyOnWriteArrayList<>();
  private final Set<Long> selectedIds = ConcurrentHashMap.newKeySet();
  private final Set<String> imageFields = ConcurrentHashMap.newKeySet();
  private final Set<String> collectionFields = ConcurrentHashMap.newKeySet();
  private final java.util.concurrent.atomic.AtomicReference<String> firstWordsProblem =
      new java.util.concurrent.atomic.AtomicReference<>();

  /**
   * Creates the counters.
   *
   * @param maxImages the harvest's limit of fetched images, if any (caps the expected total)
   */
  public HarvestProgress(OptionalInt maxImages) {
    this.maxImages = maxImages;
  }

  /** Counts one event. */
  @Override
  public void onEvent(HarvestEvent event) {
    if (event instanceof HarvestEvent.ImageSelected chosen) {
      selected.incrementAndGet();
      selectedIds.add(chosen.image().id());
    } else if (event instanceof HarvestEvent.ImageFetched fetched) {
      (fetched.image().origin() == FetchedImage.Origin.LOCAL_STORE ? fromDisk : downloaded)
          .incrementAndGet();
      fetchedIds.add(fetched.image().imageId());
    } else if (event instanceof HarvestEvent.ImageFailed imageFailed) {
      failed.incrementAndGet();
      failures.add(imageFailed.failure());
    } else if (event instanceof HarvestEvent.BytesTransferred transferred) {
      bytes.addAndGet(transferred.bytes());
    } else if (event instanceof HarvestEvent.RetryScheduled) {
      retries.incrementAndGet();
    } else if (event instanceof HarvestEvent.WordsUnavailable unavailable) {
      wordsUnavailable.incrementAndGet();
      firstWordsProblem.compareAndSet(null, unavailable.reason());
    } else if (event instanceof HarvestEvent.FieldsSeen seen) {
      (seen.records() == HarvestEvent.FieldsSeen.Records.IMAGES ? imageFields : collectionFields)
          .addAll(seen.fields());
    } else if (event instanceof HarvestEvent.CollectionFailed collectionFailed) {
      failedCollections.add(collectionFailed);
    }
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
  public java.util.Optional<String> firstWordsProblem() {
    return java.util.Optional.ofNullable(firstWordsProblem.get());
  }

  /** The counters now. */
  public Snapshot snapshot() {
    long failedNow = failed.get();
    long total = selected.get();
    if (maxImages.isPresent()) {
      total = Math.min(total, maxImages.getAsInt() + failedNow);
    }
    return new Snapshot(total, fromDisk.get(), downloaded.get(), failedNow, bytes.get(),
        retries.get(), wordsUnavailable.get(), System.nanoTime() - startNanos);
  }

  /**
   * The counters at one moment.
   *
   * @param expected images expected in all (selected so far, capped by the limit)
   * @param fromDisk images found complete in the local store
   * @param downloaded images downloaded
   * @param failed images that could not be fetched
   * @param bytes file bytes received
   * @param retries requests scheduled again
   * @param wordsUnavailable images without Neurosynth words
   * @param elapsedNanos time since the harvest started
   */
  public record Snapshot(long expected, long fromDisk, long downloaded, long failed, long bytes,
      long retries, long wordsUnavailable, long elapsedNanos) {

    /** Images done: fetched (from disk or downloaded) or failed. */
    public long done() {
      return fromDisk + downloaded + failed;
    }

    /** Images done per second so far. */
    public double imagesPerSecond() {
      return elapsedNanos <= 0 ? 0 : done() * 1e9 / elapsedNanos;
    }
  }
}
