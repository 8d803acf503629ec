package io.github.nvfetch.reactor.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.nvfetch.reactor.HarvestEvent;
import io.github.nvfetch.reactor.HttpStatusException;
import io.github.nvfetch.reactor.MalformedResponseException;
import io.github.nvfetch.reactor.Page;
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
 * through the resilience policies. Beyond retries, it handles what the real service does:
 * <ul>
 *   <li>a page that keeps failing with a 5xx (one corrupt record makes a large page answer 500)
 *       is requested again with half the {@code limit}, from the same offset; after a success
 *       the size doubles back towards the configured one;</li>
 *   <li>a single record that fails even alone is skipped and reported, at most a few in a
 *       row;</li>
 *   <li>an empty page before {@code count} is reached ends the list (nilearn loops forever).</li>
 * </ul>
 */
public final class PageReader {

  private static final Logger LOG = LoggerFactory.getLogger(PageReader.class);
  private static final int FAILURES_BEFORE_SHRINK = 2;
  private static final int MAX_SKIPS_IN_A_ROW = 5;

  private final HttpTransport http;
  private final Resilience resilience;
  private final Duration timeout;

  /** Creates a reader. */
  public PageReader(HttpTransport http, Resilience resilience, Duration timeout) {
    this.http = http;
    this.resilience = resilience;
    this.timeout = timeout;
  }

  private record Step(Page<JsonNode> page, URI next, int skipsInARow) {}

  /**
   * The pages of a list, lazily.
   *
   * @param first the first page's address, with its {@code limit}
   */
  public Flux<Page<JsonNode>> pages(URI first, EventSink events) {
    int fullSize = (int) Urls.longParam(first, "limit").orElse(100);
    return Flux.defer(() -> read(first, fullSize, 0, 0, events)
        .expand(step -> step.next() == null ? Mono.empty()
            : read(step.next(), fullSize, 0, step.skipsInARow(), events)))
        .filter(step -> step.page() != null)
        .map(Step::page);
  }

  /** One document that is either a page or a single record (wrapped as a page of one). */
  public Mono<Page<JsonNode>> single(URI uri, EventSink events) {
    return fetch(uri, Resilience.CallKind.RECORD, events);
  }

  private Mono<Step> read(URI uri, int fullSize, int failuresAtSize, int skips,
      EventSink events) {
    return fetch(uri, Resilience.CallKind.PAGE, events)
        .map(page -> new Step(page, nextOf(page, uri, fullSize), 0))
        .onErrorResume(PageReader::isPageFault,
            e -> recover(uri, fullSize, failuresAtSize, skips, e, events));
  }

  private Mono<Step> recover(URI uri, int fullSize, int failuresAtSize, int skips,
      Throwable error, EventSink events) {
    if (failuresAtSize + 1 < FAILURES_BEFORE_SHRINK) {
      return read(uri, fullSize, failuresAtSize + 1, skips, events);
    }
    long limit = Urls.longParam(uri, "limit").orElse(fullSize);
    if (limit > 1) {
      URI smaller = Urls.withQuery(uri, Map.of("limit", String.valueOf(limit / 2)));
      LOG.warn("{} keeps failing ({}); retrying with limit={}", uri, error.getMessage(),
          limit / 2);
      return read(smaller, fullSize, 0, skips, events);
    }
    if (skips + 1 > MAX_SKIPS_IN_A_ROW) {
      return Mono.error(error);
    }
    long offset = Urls.longParam(uri, "offset").orElse(0);
    LOG.warn("skipping the record at {}: the server cannot serve it ({})", uri,
        error.getMessage());
    events.emit(new HarvestEvent.RecordSkipped(uri, error.getMessage()));
    URI after = Urls.withQuery(uri, Map.of("offset", String.valueOf(offset + 1),
        "limit", String.valueOf(fullSize)));
    return Mono.just(new Step(null, after, skips + 1));
  }

  private static boolean isPageFault(Throwable e) {
    if (e instanceof HttpStatusException) {
      int status = ((HttpStatusException) e).status();
      return status >= 500 && status != 503;
    }
    return e instanceof MalformedResponseException;
  }

  private static URI nextOf(Page<JsonNode> page, URI current, int fullSize) {
    if (page.next().isEmpty()) {
      return null;
    }
    if (page.items().isEmpty()) {
      LOG.warn("{} returned no results before the announced count {}; stopping there", current,
          page.count());
      return null;
    }
    URI next = page.next().get();
    long size = Urls.longParam(current, "limit").orElse(fullSize);
    if (size < fullSize) {
      next = Urls.withQuery(next, Map.of("limit", String.valueOf(Math.min(fullSize, size * 2))));
    }
    return next;
  }

  private Mono<Page<JsonNode>> fetch(URI uri, Resilience.CallKind kind, EventSink events) {
    Mono<Page<JsonNode>> call = Mono.defer(() -> http.getJson(uri, timeout))
        .map(json -> toPage(uri, json));
    return resilience.decorate(call, kind, uri, events)
        .doOnNext(page -> events.emit(new HarvestEvent.PageFetched(uri, page.items().size(),
            page.count())));
  }

  /**
   * The next page built from the current one (offset moved past what was received), used when
   * the server's {@code next} link names another host: it is never followed, but the list is not
   * cut short either.
   */
  private static URI offsetAfter(URI current, String foreignLink, int received) {
    long offset = Urls.longParam(current, "offset").orElse(0);
    LOG.warn("{} links its next page to another host ({}); continuing on the configured host",
        current, foreignLink);
    return Urls.withQuery(current, Map.of("offset", String.valueOf(offset + received)));
  }

  private Page<JsonNode> toPage(URI uri, JsonNode json) {
    if (json != null && json.isObject() && json.has("results") && json.has("count")) {
      JsonNode results = json.get("results");
      JsonNode count = json.get("count");
      if (!results.isArray() || !count.canConvertToLong()) {
        throw new MalformedResponseException(uri, "page has no results array or no count", null);
      }
      List<JsonNode> items = new ArrayList<>(results.size());
      results.forEach(items::add);
      Optional<URI> next = Optional.ofNullable(json.path("next").textValue())
          .map(link -> Urls.sameHostLink(uri, link).orElseGet(() -> offsetAfter(uri, link,
              items.size())));
      return new Page<>(uri, items, count.asLong(), next);
    }
    if (json != null && json.isObject() && json.has("id")) {
      return new Page<>(uri, List.of(json), 1, Optional.empty());
    }
    throw new MalformedResponseException(uri, "neither a page nor a record", null);
  }
}
