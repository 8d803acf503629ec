package io.github.nvfetch.reactor;

import io.github.nvfetch.core.FailedImage;
import io.github.nvfetch.core.FetchedImage;
import io.github.nvfetch.core.ImageMeta;
import java.net.URI;
import java.time.Duration;

/** The progress events a {@link HarvestListener} receives. */
public sealed interface HarvestEvent {

  /** A page of a list was read. */
  record PageFetched(URI uri, int items, long count) implements HarvestEvent {}

  /** An image passed every filter and will be fetched (or taken from the local store). */
  record ImageSelected(ImageMeta image) implements HarvestEvent {}

  /** Bytes of an image file arrived. */
  record BytesTransferred(long imageId, long bytes, long totalSoFar, long expected)
      implements HarvestEvent {}

  /** An image is complete on disk. */
  record ImageFetched(FetchedImage image) implements HarvestEvent {}

  /** An image could not be fetched; the harvest goes on. */
  record ImageFailed(FailedImage failure) implements HarvestEvent {}

  /** A request failed and will be sent again after {@code delay}. */
  record RetryScheduled(URI uri, int attempt, Duration delay, String reason)
      implements HarvestEvent {}

  /** Neurosynth gave no words for an image; the image itself is fine. */
  record WordsUnavailable(long imageId, String reason) implements HarvestEvent {}

  /** A record the server could not serve even alone was skipped (page shrinking). */
  record RecordSkipped(URI uri, String reason) implements HarvestEvent {}

  /**
   * The field names the records of one list page had (the union over its records), before any
   * filter: lets a caller tell a filter on a field no record has (a typo) from one that matched
   * nothing.
   *
   * @param uri the page
   * @param records what the page lists
   * @param fields the field names seen on it
   */
  record FieldsSeen(URI uri, Records records, java.util.Set<String> fields)
      implements HarvestEvent {

    /** What a list page lists. */
    public enum Records {
      /** Collection records. */
      COLLECTIONS,
      /** Image records. */
      IMAGES
    }

    /** Copies the names. */
    public FieldsSeen {
      fields = java.util.Set.copyOf(fields);
    }
  }

  /** A collection asked for by id could not be read. */
  record CollectionFailed(long collectionId, String reason) implements HarvestEvent {}
}
