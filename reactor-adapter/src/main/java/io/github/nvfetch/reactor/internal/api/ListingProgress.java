package io.github.nvfetch.reactor.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.nvfetch.reactor.HarvestEvent;
import io.github.nvfetch.reactor.Page;
import io.github.nvfetch.reactor.internal.EventSink;
import java.net.URI;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one reading of a list has seen so far: the pages read (to refuse a {@code next} link back to
 * one of them), the failed requests in a row (the list's budget), the records received against the
 * announced {@code count}, and whether the end was already reported. One per subscription; pages of
 * a list are read one after the other, never concurrently.
 */
final class ListingProgress {

  private static final Logger LOG = LoggerFactory.getLogger(ListingProgress.class);

  private final URI first;
  private final int fullSize;
  private final EventSink events;
  private final Set<String> pagesRead = new HashSet<>();
  private int failuresInARow;
  private long received;
  private long announced = -1;
  private boolean lastPageWasEmpty;
  private boolean reported;

  ListingProgress(URI first, int fullSize, EventSink events) {
    this.first = first;
    this.fullSize = fullSize;
    this.events = events;
    // a list read from an offset (a resumed walk) has the records before it behind it already
    this.received = Urls.longParam(first, "offset").orElse(0);
  }

  int fullSize() {
    return fullSize;
  }

  EventSink events() {
    return events;
  }

  /** A page was read: the failure run ends, its records count, its position is remembered. */
  void read(URI uri, Page<JsonNode> page) {
    failuresInARow = 0;
    received += page.items().size();
    announced = page.count();
    lastPageWasEmpty = page.items().isEmpty();
    pagesRead.add(position(uri));
  }

  /** One more failed request in a row; returns how many now. */
  int failed() {
    return ++failuresInARow;
  }

  /** A record that fails alone was passed over; it counts as received. */
  void skipped() {
    received++;
  }

  boolean lastPageWasEmpty() {
    return lastPageWasEmpty;
  }

  /**
   * Why following {@code next} from {@code current} would loop, if it would: it names a page
   * already read, or an offset that does not move past the current one.
   */
  Optional<String> cycle(URI current, URI next) {
    OptionalLong from = Urls.longParam(current, "offset");
    OptionalLong to = Urls.longParam(next, "offset");
    if (from.isPresent() && to.isPresent() && to.getAsLong() <= from.getAsLong()) {
      return Optional.of(
          "the next link of "
              + current
              + " goes back to offset "
              + to.getAsLong()
              + " (from "
              + from.getAsLong()
              + "): the list is cut there");
    }
    if (pagesRead.contains(position(next))) {
      return Optional.of(
          "the next link of "
              + current
              + " leads back to a page already read ("
              + next
              + "): the list is cut there");
    }
    return Optional.empty();
  }

  /** The list ends with a failure: reported once, as an event and a warning. */
  void failedWith(URI uri, String reason) {
    reported = true;
    LOG.warn("{}", reason);
    events.emit(new HarvestEvent.ListingFailed(uri, reason));
  }

  /** An empty page came before the announced count: the list ends here, reported. */
  void endedShort() {
    ended();
  }

  /** The list completed; reports it when it fell short of its count. */
  void ended() {
    if (!reported && announced >= 0 && received < announced) {
      reportShort();
    }
  }

  private void reportShort() {
    reported = true;
    LOG.warn("{} ended after {} of the {} records it announced", first, received, announced);
    events.emit(new HarvestEvent.ListingShort(first, received, announced));
  }

  /** A page's place in the list: its offset, or its address without the page size. */
  private static String position(URI uri) {
    OptionalLong offset = Urls.longParam(uri, "offset");
    if (offset.isPresent()) {
      return "offset=" + offset.getAsLong();
    }
    return Urls.withQuery(uri, Map.of("limit", "")).toString();
  }
}
