package io.github.nvfetch.reactor.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.nvfetch.reactor.HarvestEvent;
import io.github.nvfetch.reactor.HttpStatusException;
import io.github.nvfetch.reactor.MalformedResponseException;
import io.github.nvfetch.reactor.Page;
import io.github.nvfetch.reactor.internal.EventSink;
import io.github.nvfetch.reactor.internal.http.HttpTransport;
import io.github.nvfetch.reactor.internal.resilience.FailureKinds;
import io.github.nvfetch.reactor.internal.resilience.FailureTable;
import io.github.nvfetch.reactor.internal.resilience.Resilience;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads a limit/offset list page by page, following the server's {@code next} link, every page
 * through the resilience policies (whose budgets are in {@link FailureTable}). Beyond retries, it
 * handles what the real service does, and what a hostile one might:
 *
 * <ul>
 *   <li>a page that fails with a 500 or a body that cannot be used (one corrupt record makes a
 *       large page answer 500) is not sent again as it was: it is requested with half the {@code
 *       limit}, from the same offset; after a success the size doubles back towards the configured
 *       one; a record that fails even alone is skipped and reported; after {@link
 *       FailureTable#pageFailuresInARow} failed requests in a row the list fails;
 *   <li>a {@code next} link back to a page already read (itself, A to B to A, or any offset not
 *       past the current one) ends the list with {@link HarvestEvent.ListingFailed}: never a loop,
 *       never a record twice;
 *   <li>a list that ends before its announced {@code count} (an empty page, or no {@code next}) is
 *       reported with {@link HarvestEvent.ListingShort} and a warning (nilearn loops forever on the
 *       empty page).
 * </ul>
 */
public final class PageReader {

  private static final Logger LOG = LoggerFactory.getLogger(PageReader.class);

  private final HttpTransport http;
  private final Resilience resilience;
  private final Duration timeout;

  /** Creates a reader. */
  public PageReader(HttpTransport http, Resilience resilience, Duration timeout) {
    this.http = http;
    this.resilience = resilience;
    this.timeout = timeout;
  }

  private record Step(Page<JsonNode> page, URI next) {}

  /**
   * The pages of a list, lazily.
   *
   * @param first the first page's address, with its {@code limit}
   */
  public Flux<Page<JsonNode>> pages(URI first, EventSink events) {
    int fullSize =
        (int) Math.max(1, Math.min(Integer.MAX_VALUE, Urls.longParam(first, "limit").orElse(100)));
    return Flux.defer(
        () -> {
          ListingProgress listing = new ListingProgress(first, fullSize, events);
          return read(first, listing)
              .expand(step -> step.next() == null ? Mono.empty() : read(step.next(), listing))
              .filter(step -> step.page() != null)
              .map(Step::page)
              .doOnComplete(listing::ended);
        });
  }

  /** One document that is either a page or a single record (wrapped as a page of one). */
  public Mono<Page<JsonNode>> single(URI uri, EventSink events) {
    return fetch(uri, Resilience.CallKind.RECORD, events);
  }

  private Mono<Step> read(URI uri, ListingProgress listing) {
    return fetch(uri, Resilience.CallKind.PAGE, listing.events())
        .map(
            page -> {
              listing.read(uri, page);
              return new Step(
                  page, followable(nextOf(page, uri, listing.fullSize()), uri, listing));
            })
        .onErrorResume(PageReader::isShrinkable, e -> recover(uri, e, listing));
  }

  /**
   * A page failed without being retried (a 500 or an unusable body): half the page, or past the one
   * record that fails alone, or the end of the list once its budget is spent.
   */
  private Mono<Step> recover(URI uri, Throwable error, ListingProgress listing) {
    int failures = listing.failed();
    if (failures >= FailureTable.pageFailuresInARow(listing.fullSize())) {
      LOG.warn(
          "{} failed {} times in a row; giving up the list: {}", uri, failures, error.getMessage());
      return Mono.error(error);
    }
    long limit = Urls.longParam(uri, "limit").orElse(listing.fullSize());
    if (limit > 1) {
      URI smaller = Urls.withQuery(uri, Map.of("limit", String.valueOf(limit / 2)));
      LOG.warn("{} failed ({}); asking for limit={}", uri, error.getMessage(), limit / 2);
      return read(smaller, listing);
    }
    long offset = Urls.longParam(uri, "offset").orElse(0);
    LOG.warn("skipping the record at {}: the server cannot serve it ({})", uri, error.getMessage());
    listing.skipped();
    listing.events().emit(new HarvestEvent.RecordSkipped(uri, error.getMessage()));
    URI after = Urls.withQuery(uri, Map.of("offset", String.valueOf(offset + 1)));
    return Mono.just(new Step(null, after));
  }

  /**
   * Failures that the page call does not retry and a smaller page may avoid: a 500 (one bad
   * record), and a body that is deterministically unusable (too large, too deep, no count).
   */
  private static boolean isShrinkable(Throwable e) {
    if (FailureKinds.isOversizedHeader(e)) {
      return false;
    }
    if (e instanceof HttpStatusException status) {
      return status.status() == 500;
    }
    return e instanceof MalformedResponseException && FailureKinds.isDeterministic(e);
  }

  private static URI nextOf(Page<JsonNode> page, URI current, int fullSize) {
    if (page.next().isEmpty()) {
      return null;
    }
    URI next = page.next().get();
    long size = Urls.longParam(current, "limit").orElse(fullSize);
    if (size < fullSize) {
      next = Urls.withQuery(next, Map.of("limit", String.valueOf(Math.min(fullSize, size * 2))));
    }
    return next;
  }

  /** The next page, or null when the list ends here (its end, an empty page, a cycle). */
  private static URI followable(URI next, URI current, ListingProgress listing) {
    if (next == null) {
      return null;
    }
    if (listing.lastPageWasEmpty()) {
      listing.endedShort();
      return null;
    }
    Optional<String> cycle = listing.cycle(current, next);
    if (cycle.isPresent()) {
      listing.failedWith(next, cycle.get());
      return null;
    }
    return next;
  }

  private Mono<Page<JsonNode>> fetch(URI uri, Resilience.CallKind kind, EventSink events) {
    Mono<Page<JsonNode>> call =
        Mono.defer(() -> http.getJson(uri, timeout)).map(json -> toPage(uri, json));
    return resilience
        .decorate(call, kind, uri, events)
        .doOnNext(
            page ->
                events.emit(new HarvestEvent.PageFetched(uri, page.items().size(), page.count())));
  }

  /**
   * The next page built from the current one (offset moved past what was received), used when the
   * server's {@code next} link names another host: it is never followed, but the list is not cut
   * short either.
   */
  private static URI offsetAfter(URI current, String foreignLink, int received) {
    long offset = Urls.longParam(current, "offset").orElse(0);
    LOG.warn(
        "{} links its next page to another host ({}); continuing on the configured host",
        current,
        foreignLink);
    return Urls.withQuery(current, Map.of("offset", String.valueOf(offset + received)));
  }

  private Page<JsonNode> toPage(URI uri, JsonNode json) {
    if (json != null && json.isObject() && json.has("results") && json.has("count")) {
      JsonNode results = json.get("results");
      JsonNode count = json.get("count");
      if (!results.isArray()) {
        throw new MalformedResponseException(uri, "page has no results array", null);
      }
      if (!count.isIntegralNumber() || !count.canConvertToLong() || count.longValue() < 0) {
        throw new MalformedResponseException(
            uri, "page count is not a non-negative integer: " + JsonExcerpt.of(count), null);
      }
      List<JsonNode> items = new ArrayList<>(results.size());
      results.forEach(items::add);
      Optional<URI> next =
          Optional.ofNullable(json.path("next").textValue())
              .map(
                  link ->
                      Urls.sameHostLink(uri, link)
                          .orElseGet(() -> offsetAfter(uri, link, items.size())));
      return new Page<>(uri, items, count.longValue(), next);
    }
    if (json != null && json.isObject() && json.has("id")) {
      return new Page<>(uri, List.of(json), 1, Optional.empty());
    }
    throw new MalformedResponseException(uri, "neither a page nor a record", null);
  }
}
