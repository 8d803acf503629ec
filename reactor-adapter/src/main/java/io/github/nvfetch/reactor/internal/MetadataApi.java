package io.github.nvfetch.reactor.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.nvfetch.core.CollectionMeta;
import io.github.nvfetch.core.ImageMeta;
import io.github.nvfetch.core.InvalidMetadataException;
import io.github.nvfetch.core.filter.Terms;
import io.github.nvfetch.reactor.HarvestEvent;
import io.github.nvfetch.reactor.Page;
import io.github.nvfetch.reactor.PagedFlux;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * NeuroVault's metadata routes: collection and image lists (paged), single records, and a
 * Caffeine cache of collection records (concurrent requests for one collection share one HTTP
 * call).
 */
public final class MetadataApi {

  private static final Logger LOG = LoggerFactory.getLogger(MetadataApi.class);

  /** What may stand in a collection path: a numeric id or an 8-letter private token. */
  private static final java.util.regex.Pattern COLLECTION_KEY =
      java.util.regex.Pattern.compile("[0-9]{1,18}|[A-Z]{8}");

  private final URI base;
  private final int pageSize;
  private final PageReader pages;
  private final CoalescingCache<Long, CollectionMeta> collections =
      new CoalescingCache<>(20_000, Duration.ofHours(1));

  /** Creates the API over a page reader. */
  public MetadataApi(URI base, int pageSize, PageReader pages) {
    this.base = base;
    this.pageSize = pageSize;
    this.pages = pages;
  }

  /** {@code <base>/api<path>}. */
  public URI api(String path) {
    return Urls.resolve(base, "/api" + path);
  }

  private URI firstPage(String path, Map<String, String> filters) {
    Map<String, String> query = new LinkedHashMap<>(filters);
    query.put("limit", String.valueOf(pageSize));
    query.put("offset", "0");
    return Urls.withQuery(api(path), query);
  }

  /**
   * Collections matching {@code terms}. The terms the server understands ({@code DOI},
   * {@code name}, {@code owner} as query parameters, {@code id} as a path) are sent; every term
   * is checked again locally, because the live server ignores the query parameters.
   */
  public PagedFlux<CollectionMeta> collections(Terms terms, EventSink events) {
    Terms server = terms.serverSideTerms(Terms.COLLECTION_SERVER_KEYS);
    if (server.containsKey("id") && !COLLECTION_KEY.matcher(String.valueOf(server.get("id")))
        .matches()) {
      server = server.without("id");
    }
    if (server.containsKey("id")) {
      URI one = api("/collections/" + server.get("id") + "/");
      return paged(() -> pages.single(one, events).flux(), CollectionMeta::fromJson, terms,
          events, HarvestEvent.FieldsSeen.Records.COLLECTIONS);
    }
    Map<String, String> filters = new LinkedHashMap<>();
    server.asMap().forEach((k, v) -> filters.put(k, String.valueOf(v)));
    URI first = firstPage("/collections/", filters);
    return paged(() -> pages.pages(first, events), CollectionMeta::fromJson, terms, events,
        HarvestEvent.FieldsSeen.Records.COLLECTIONS);
  }

  /** The images of one collection, in id order. */
  public PagedFlux<ImageMeta> collectionImages(long collectionId, EventSink events) {
    URI first = firstPage("/collections/" + collectionId + "/images/", Map.of());
    return paged(() -> pages.pages(first, events), ImageMeta::fromJson, Terms.of(), events,
        HarvestEvent.FieldsSeen.Records.IMAGES);
  }

  /** Every public image. */
  public PagedFlux<ImageMeta> images(EventSink events) {
    URI first = firstPage("/images/", Map.of());
    return paged(() -> pages.pages(first, events), ImageMeta::fromJson, Terms.of(), events,
        HarvestEvent.FieldsSeen.Records.IMAGES);
  }

  /** One collection, from the cache or the server. */
  public Mono<CollectionMeta> collection(long id, EventSink events) {
    return collections.get(id, key -> pages.single(api("/collections/" + key + "/"), events)
        .map(page -> CollectionMeta.fromJson(page.items().get(0))));
  }

  /** Remembers a collection record read from a list, so images need not fetch it again. */
  public void remember(CollectionMeta collection) {
    collections.put(collection.id(), collection);
  }

  /** One image. */
  public Mono<ImageMeta> image(long id, EventSink events) {
    return pages.single(api("/images/" + id + "/"), events)
        .map(page -> ImageMeta.fromJson(page.items().get(0)));
  }

  private <T extends io.github.nvfetch.core.Metadata> PagedFlux<T> paged(
      java.util.function.Supplier<reactor.core.publisher.Flux<Page<JsonNode>>> source,
      Function<JsonNode, T> parse, Terms localCheck, EventSink events,
      HarvestEvent.FieldsSeen.Records records) {
    return new PagedFlux<>(() -> source.get().map(page -> {
      reportFields(page, records, events);
      return convert(page, parse, localCheck, events);
    }));
  }

  /** One {@link HarvestEvent.FieldsSeen} per page, when someone listens. */
  private static void reportFields(Page<JsonNode> page, HarvestEvent.FieldsSeen.Records records,
      EventSink events) {
    if (events.isSilent()) {
      return;
    }
    java.util.Set<String> fields = new java.util.HashSet<>();
    for (JsonNode node : page.items()) {
      if (node != null && node.isObject()) {
        node.fieldNames().forEachRemaining(fields::add);
      }
    }
    events.emit(new HarvestEvent.FieldsSeen(page.uri(), records, fields));
  }

  private static <T extends io.github.nvfetch.core.Metadata> Page<T> convert(Page<JsonNode> page,
      Function<JsonNode, T> parse, Terms localCheck, EventSink events) {
    List<T> items = new ArrayList<>(page.items().size());
    for (JsonNode node : page.items()) {
      try {
        T item = parse.apply(node);
        if (localCheck.test(item)) {
          items.add(item);
        }
      } catch (InvalidMetadataException e) {
        LOG.warn("skipping a record of {}: {}", page.uri(), e.getMessage());
        events.emit(new HarvestEvent.RecordSkipped(page.uri(), e.getMessage()));
      }
    }
    return new Page<>(page.uri(), items, page.count(), page.next());
  }
}
