package io.github.nvfetch.core.internal.walk;

import java.time.Instant;
import java.util.Collections;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * How far a filtered harvest's server walk went, as recorded in the data directory: enough to
 * continue it without listing the images of the collections already walked again. Immutable.
 *
 * <p>Every collection list record before {@code resumeOffset} was walked through. The page of the
 * list that starts at {@code resumeOffset} began with the collection {@code anchorId} when it was
 * read: a resumed walk reads the list from there and, if that page no longer starts with the anchor
 * (collections were added or removed upstream before it), from the start of the list instead.
 * Either way, the collections in {@code walkedIds} are not listed again.
 *
 * @param selection the walk's selection
 * @param count the number of collections the list announced
 * @param walked how many list records the walk passed (a progress figure, at most {@code count})
 * @param resumeOffset where a resumed walk reads the collection list from
 * @param anchorId the first collection of the page at {@code resumeOffset}, when known
 * @param walkedIds the collections whose image list was read to its end and every selected image
 *     stored (or failed)
 * @param complete whether the walk reached the end of the list
 * @param updated when the record was made
 */
public record WalkRecord(
    WalkSelection selection,
    long count,
    long walked,
    long resumeOffset,
    OptionalLong anchorId,
    SortedSet<Long> walkedIds,
    boolean complete,
    Instant updated) {

  /** Checks the figures and copies the ids (an unmodifiable sorted set). */
  public WalkRecord {
    Objects.requireNonNull(selection, "selection");
    Objects.requireNonNull(anchorId, "anchorId");
    Objects.requireNonNull(updated, "updated");
    if (count < 0 || walked < 0 || resumeOffset < 0) {
      throw new IllegalArgumentException(
          "negative walk figures: count "
              + count
              + ", walked "
              + walked
              + ", resume offset "
              + resumeOffset);
    }
    walkedIds = Collections.unmodifiableSortedSet(new TreeSet<>(walkedIds));
  }

  /** A walk of {@code selection} that has not started. */
  public static WalkRecord start(WalkSelection selection) {
    return new WalkRecord(
        selection, 0, 0, 0, OptionalLong.empty(), new TreeSet<>(), false, Instant.now());
  }
}
