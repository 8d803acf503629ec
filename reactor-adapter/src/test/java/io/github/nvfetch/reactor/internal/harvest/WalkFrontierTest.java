package io.github.nvfetch.reactor.internal.harvest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nvfetch.core.CollectionMeta;
import io.github.nvfetch.core.internal.walk.WalkRecord;
import io.github.nvfetch.core.internal.walk.WalkSelection;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Where a walk stands after each collection it is done with, page by page. */
class WalkFrontierTest {

  private static final WalkSelection SELECTION = new WalkSelection("http://x/api/", "{}", "{}");

  /** Even ids are selected, odd ones filtered out. */
  private static WalkFrontier frontier() {
    return new WalkFrontier(WalkRecord.start(SELECTION), c -> c.id() % 2 == 0);
  }

  private static List<CollectionMeta> collections(long from, long to) {
    return LongStream.rangeClosed(from, to)
        .mapToObj(
            id ->
                CollectionMeta.fromJson(
                    io.github.nvfetch.core.internal.Json.toTree(java.util.Map.of("id", id))))
        .toList();
  }

  @Test
  void aCollectionDoneMovesTheResumeOffsetToItsPage() {
    WalkFrontier walk = frontier();
    walk.listed(0, 9, collections(1, 3));
    walk.listed(3, 9, collections(4, 6));

    assertTrue(walk.done(4));
    WalkRecord record = walk.record();
    assertEquals(3, record.resumeOffset());
    assertEquals(OptionalLong.of(4), record.anchorId());
    assertEquals(Set.of(2L, 4L), record.walkedIds(), "selected collections passed only");
    assertEquals(4, record.walked());
    assertEquals(9, record.count());
    assertFalse(record.complete());
  }

  @Test
  void aCollectionNotListedChangesNothing() {
    WalkFrontier walk = frontier();
    walk.listed(0, 3, collections(1, 3));
    long before = walk.version();

    assertFalse(walk.done(99));
    assertEquals(before, walk.version());
    assertEquals(0, walk.record().resumeOffset());
  }

  @Test
  void aFailedListingPinsTheResumeOffsetAndIsNotWalked() {
    WalkFrontier walk = frontier();
    walk.listed(0, 9, collections(1, 3));
    walk.listed(3, 9, collections(4, 6));
    walk.listed(6, 9, collections(7, 9));
    walk.listingFailed(2);

    walk.done(8);
    WalkRecord record = walk.record();
    assertEquals(0, record.resumeOffset(), "the page of the failed listing");
    assertEquals(Set.of(4L, 6L, 8L), record.walkedIds());
  }

  @Test
  void theEndOfTheListWalksEverythingAndResumesAtItsLastPage() {
    WalkFrontier walk = frontier();
    walk.listed(0, 6, collections(1, 3));
    walk.listed(3, 6, collections(4, 6));

    walk.ended();
    WalkRecord record = walk.record();
    assertTrue(record.complete());
    assertEquals(3, record.resumeOffset());
    assertEquals(6, record.walked());
    assertEquals(Set.of(2L, 4L, 6L), record.walkedIds());
  }

  @Test
  void aResumedFrontierKnowsWhatWasWalkedBefore() {
    WalkFrontier first = frontier();
    first.listed(0, 6, collections(1, 6));
    first.done(4);

    WalkFrontier resumed = new WalkFrontier(first.record(), c -> c.id() % 2 == 0);
    assertTrue(resumed.walkedBefore(2));
    assertTrue(resumed.walkedBefore(4));
    assertFalse(resumed.walkedBefore(6));
  }
}
