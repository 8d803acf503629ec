package io.github.nvfetch.reactor;

import io.github.nvfetch.core.FailedImage;
import io.github.nvfetch.core.FetchedImage;
import io.github.nvfetch.core.ImageMeta;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

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

  /**
   * A record was skipped, the rest of its list goes on: the server could not serve it even alone
   * (page shrinking), or it is unusable (an id that is not a positive integer, a field that lies,
   * such as a {@code collection_id} other than the collection listed).
   */
  record RecordSkipped(URI uri, String reason) implements HarvestEvent {}

  /**
   * A list ended early with a failure, the harvest goes on without the rest of it: a {@code next}
   * link that leads back to a page already read (a cycle), a page still failing after its budget,
   * or a response the client refuses (such as an oversized header).
   *
   * @param uri the page that could not be read, or the link that was not followed
   * @param reason what went wrong
   */
  record ListingFailed(URI uri, String reason) implements HarvestEvent {}

  /**
   * A list ended with fewer records than the {@code count} it announced (an empty page before the
   * end, or no {@code next} link): what was received is used, and the gap is reported.
   *
   * @param uri the first page of the list
   * @param received records received (skipped ones included)
   * @param announced the {@code count} the server announced
   */
  record ListingShort(URI uri, long received, long announced) implements HarvestEvent {}

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

  /**
   * A filtered harvest's server walk moved on (or, when resumed, starts where a recorded walk
   * stopped): {@code walked} of the {@code count} records of the collection list are behind it,
   * every selected image of those collections stored or failed.
   *
   * @param walked collection list records walked through
   * @param count the number of collections the list announced (0 until its first page)
   */
  record WalkProgressed(long walked, long count) implements HarvestEvent {}

  /**
   * A harvest asked to resume its server walk ({@code FetchRequest.resume()}) walks from the
   * beginning instead (still downloading nothing already stored): no walk is recorded for its
   * selection, the recorded one differs or cannot be read, or the request cannot be compared.
   *
   * @param reason why the walk is not resumed
   */
  record WalkNotResumed(String reason) implements HarvestEvent {}

  /** A collection asked for by id could not be read. */
  record CollectionFailed(long collectionId, String reason) implements HarvestEvent {}

  /**
   * A harvest ended: the last event of a harvest, after every other one. Counts are of the outcomes
   * the harvest gave to its subscriber.
   *
   * @param fetched images fetched (downloaded or found in the local store)
   * @param fromDisk of those, images found complete in the local store
   * @param failed images that could not be fetched
   * @param elapsed time from the subscription to the end
   * @param error what stopped the harvest, when it failed
   * @param cancelled whether the subscriber cancelled it before its end
   */
  record HarvestFinished(
      long fetched,
      long fromDisk,
      long failed,
      Duration elapsed,
      Optional<Throwable> error,
      boolean cancelled)
      implements HarvestEvent {}
}
