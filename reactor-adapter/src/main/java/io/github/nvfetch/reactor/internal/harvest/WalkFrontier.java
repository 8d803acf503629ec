package io.github.nvfetch.reactor.internal.harvest;

import io.github.nvfetch.core.CollectionMeta;
import io.github.nvfetch.core.internal.walk.WalkRecord;
import io.github.nvfetch.core.internal.walk.WalkSelection;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Where a server walk stands: the collection list pages read and not yet walked through, the
 * collections walked (their image lists read to the end and every selected image stored or failed),
 * and the list offset a resumed walk reads from. The walk reports, in result order, each collection
 * it is done with ({@link #done}); every list record before it is then behind the walk too
 * (filtered out, or walked by an earlier run). Thread-safe.
 */
final class WalkFrontier {

  /** One page of the collection list: where it starts and its records' ids, in order. */
  private static final class ListedPage {
    final long start;
    final List<Long> ids = new ArrayList<>();
    final List<Boolean> selected = new ArrayList<>();
    int passed;

    ListedPage(long start) {
      this.start = start;
    }

    OptionalLong first() {
      return ids.isEmpty() ? OptionalLong.empty() : OptionalLong.of(ids.get(0));
    }
  }

  private final WalkSelection selection;
  private final Predicate<CollectionMeta> selects;
  private final ArrayDeque<ListedPage> pages = new ArrayDeque<>();
  private final TreeSet<Long> walkedIds;
  private final Set<Long> listingFailed = new HashSet<>();
  private long count;
  private long walked;
  private long resumeOffset;
  private OptionalLong anchor;
  private boolean blocked;
  private boolean complete;
  private long version;

  /** A frontier that continues {@code from} (a fresh walk: {@link WalkRecord#start}). */
  WalkFrontier(WalkRecord from, Predicate<CollectionMeta> selects) {
    this.selection = from.selection();
    this.selects = selects;
    this.walkedIds = new TreeSet<>(from.walkedIds());
    this.count = from.count();
    this.walked = from.walked();
    this.resumeOffset = from.resumeOffset();
    this.anchor = from.anchorId();
  }

  /** Whether an earlier run walked this collection (it is not listed again). */
  synchronized boolean walkedBefore(long collectionId) {
    return walkedIds.contains(collectionId);
  }

  /** A page of the collection list was read, starting at list offset {@code start}. */
  synchronized void listed(long start, long announced, List<CollectionMeta> collections) {
    count = Math.max(count, announced);
    ListedPage page = new ListedPage(start);
    for (CollectionMeta collection : collections) {
      page.ids.add(collection.id());
      page.selected.add(selects.test(collection));
    }
    pages.addLast(page);
  }

  /** The image list of a collection failed: a resumed walk lists it again. */
  synchronized void listingFailed(long collectionId) {
    listingFailed.add(collectionId);
  }

  /**
   * The walk is done with {@code collectionId} (reported in result order): it and every record
   * listed before it are behind the walk. Returns whether anything moved.
   */
  synchronized boolean done(long collectionId) {
    if (pages.stream()
        .noneMatch(page -> page.ids.subList(page.passed, page.ids.size()).contains(collectionId))) {
      return false;
    }
    while (true) {
      ListedPage page = pages.peekFirst();
      int at = page.ids.subList(page.passed, page.ids.size()).indexOf(collectionId);
      if (at >= 0) {
        pass(page, page.passed + at + 1);
        walked = Math.max(walked, page.start + page.passed);
        version++;
        return true;
      }
      pass(page, page.ids.size());
      pages.removeFirst();
    }
  }

  /** The list was read to its end and every collection on it walked. */
  synchronized void ended() {
    while (!pages.isEmpty()) {
      ListedPage last = pages.removeFirst();
      pass(last, last.ids.size());
    }
    complete = true;
    walked = Math.max(walked, count);
    version++;
  }

  /**
   * Passes the records of {@code page} up to {@code end}: the selected ones are walked, unless
   * their listing failed, which pins the resume offset to this page for good. Otherwise a resumed
   * walk starts with this page (its passed records are skipped as walked).
   */
  private void pass(ListedPage page, int end) {
    for (int i = page.passed; i < end; i++) {
      long id = page.ids.get(i);
      if (listingFailed.contains(id)) {
        pin(page);
      } else if (page.selected.get(i)) {
        walkedIds.add(id);
      }
    }
    page.passed = end;
    if (!blocked) {
      resumeOffset = page.start;
      anchor = page.first();
    }
  }

  private void pin(ListedPage page) {
    if (!blocked) {
      blocked = true;
      resumeOffset = page.start;
      anchor = page.first();
    }
  }

  /** Changes so far: a record is worth writing when this grew. */
  synchronized long version() {
    return version;
  }

  synchronized long walked() {
    return walked;
  }

  synchronized long count() {
    return count;
  }

  /** The record of the walk now. */
  synchronized WalkRecord record() {
    return new WalkRecord(
        selection,
        count,
        count > 0 ? Math.min(walked, count) : walked,
        resumeOffset,
        anchor,
        walkedIds,
        complete,
        Instant.now());
  }
}
