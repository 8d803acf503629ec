package io.github.nvfetch.reactor.internal.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.nvfetch.core.CollectionMeta;
import io.github.nvfetch.core.ImageMeta;
import io.github.nvfetch.core.InvalidMetadataException;
import io.github.nvfetch.core.Metadata;
import io.github.nvfetch.core.filter.Terms;
import io.github.nvfetch.reactor.HarvestEvent;
import io.github.nvfetch.reactor.Page;
import io.github.nvfetch.reactor.PagedFlux;
import io.github.nvfetch.reactor.internal.EventSink;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * NeuroVault's metadata routes: collection and image lists (paged), single records, and a Caffeine
 * cache of collection records (concurrent requests for one collection share one HTTP call).
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
    return firstPage(path, filters, 0);
  }

  private URI firstPage(String path, Map<String, String> filters, long offset) {
    Map<String, String> query = new LinkedHashMap<>(filters);
    query.put("limit", String.valueOf(pageSize));
    query.put("offset", String.valueOf(offset));
    return Urls.withQuery(api(path), query);
  }

  /**
   * Collections matching {@code terms}. The terms the server understands ({@code DOI}, {@code
   * name}, {@code owner} as query parameters, {@code id} as a path) are sent; every term is checked
   * again locally, because the live server ignores the query parameters.
   */
  public PagedFlux<CollectionMeta> collections(Terms terms, EventSink events) {
    return collections(terms, events, 0);
  }

  /**
   * Collections matching {@code terms}, from the list record at {@code offset} (a resumed walk; a
   * collection asked for by {@code id} is always read whole).
   */
  public PagedFlux<CollectionMeta> collections(Terms terms, EventSink events, long offset) {
    Terms server = terms.serverSideTerms(Terms.COLLECTION_SERVER_KEYS);
    if (server.containsKey("id")
        && !COLLECTION_KEY.matcher(String.valueOf(server.get("id"))).matches()) {
      server = server.without("id");
    }
    if (server.containsKey("id")) {
      Object asked = server.get("id");
      URI one = api("/collections/" + asked + "/");
      return paged(
          () -> pages.single(one, events).flux(),
          CollectionMeta::fromJson,
          terms,
          collection -> askedFor("collection", asked, collection),
          events,
          HarvestEvent.FieldsSeen.Records.COLLECTIONS);
    }
    Map<String, String> filters = new LinkedHashMap<>();
    server.asMap().forEach((k, v) -> filters.put(k, String.valueOf(v)));
    URI first = firstPage("/collections/", filters, offset);
    return paged(
        () -> pages.pages(first, events),
        CollectionMeta::fromJson,
        terms,
        collection -> Optional.empty(),
        events,
        HarvestEvent.FieldsSeen.Records.COLLECTIONS);
  }

  /**
   * The images of one collection, in id order. An image whose {@code collection_id} names another
   * collection is skipped and reported: stored under the listed collection, later runs would not
   * find it where its metadata says it is.
   */
  public PagedFlux<ImageMeta> collectionImages(long collectionId, EventSink events) {
    URI first = firstPage("/collections/" + collectionId + "/images/", Map.of());
    return paged(
        () -> pages.pages(first, events),
        ImageMeta::fromJson,
        Terms.of(),
        image -> inCollection(image, collectionId),
        events,
        HarvestEvent.FieldsSeen.Records.IMAGES);
  }

  /** Every public image. */
  public PagedFlux<ImageMeta> images(EventSink events) {
    URI first = firstPage("/images/", Map.of());
    return paged(
        () -> pages.pages(first, events),
        ImageMeta::fromJson,
        Terms.of(),
        image -> Optional.empty(),
        events,
        HarvestEvent.FieldsSeen.Records.IMAGES);
  }

  /**
   * One collection, from the cache or the server; an answer that is another collection fails with
   * {@link InvalidMetadataException}.
   */
  public Mono<CollectionMeta> collection(long id, EventSink events) {
    return collections.get(
        id,
        key ->
            pages
                .single(api("/collections/" + key + "/"), events)
                .map(
                    page -> {
                      CollectionMeta collection = CollectionMeta.fromJson(page.items().get(0));
                      return checked(collection, askedFor("collection", key, collection));
                    }));
  }

  /** Remembers a collection record read from a list, so images need not fetch it again. */
  public void remember(CollectionMeta collection) {
    collections.put(collection.id(), collection);
  }

  /** One image; an answer that is another image fails with {@link InvalidMetadataException}. */
  public Mono<ImageMeta> image(long id, EventSink events) {
    return pages
        .single(api("/images/" + id + "/"), events)
        .map(
            page -> {
              ImageMeta image = ImageMeta.fromJson(page.items().get(0));
              return checked(image, askedFor("image", id, image));
            });
  }

  private static <T> T checked(T record, Optional<String> lie) {
    if (lie.isPresent()) {
      throw new InvalidMetadataException(lie.get());
    }
    return record;
  }

  /**
   * Why a record answered for {@code kind} {@code asked} is not that record, if it is not. A
   * private collection asked for by its token answers with its numeric id: not a lie.
   */
  private static Optional<String> askedFor(String kind, Object asked, Metadata answer) {
    String key = String.valueOf(asked);
    if (!key.chars().allMatch(Character::isDigit) || key.equals(String.valueOf(answer.id()))) {
      return Optional.empty();
    }
    return Optional.of(
        "asked for " + kind + " " + asked + ", the server answered " + kind + " " + answer.id());
  }

  /**
   * Why an image listed in a collection does not belong there, if it names another one. An unusable
   * {@code collection_id} (not a positive integer) is left to the download, which fails that image
   * with a reason.
   */
  private static Optional<String> inCollection(ImageMeta image, long collectionId) {
    OptionalLong declared = image.collectionId();
    if (declared.isEmpty() || declared.getAsLong() == collectionId) {
      return Optional.empty();
    }
    return Optional.of(
        "image "
            + image.id()
            + " listed in collection "
            + collectionId
            + " says collection_id "
            + declared.getAsLong());
  }

  private <T extends Metadata> PagedFlux<T> paged(
      Supplier<Flux<Page<JsonNode>>> source,
      Function<JsonNode, T> parse,
      Terms localCheck,
      Function<T, Optional<String>> lie,
      EventSink events,
      HarvestEvent.FieldsSeen.Records records) {
    return new PagedFlux<>(
        () ->
            source
                .get()
                .map(
                    page -> {
                      reportFields(page, records, events);
                      return convert(page, parse, localCheck, lie, events);
                    }));
  }

  /** One {@link HarvestEvent.FieldsSeen} per page, when someone listens. */
  private static void reportFields(
      Page<JsonNode> page, HarvestEvent.FieldsSeen.Records records, EventSink events) {
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

  /**
   * Converts a page's records; one that cannot be used (no positive id, a field that lies) is
   * skipped and reported, never its neighbours.
   */
  private static <T extends Metadata> Page<T> convert(
      Page<JsonNode> page,
      Function<JsonNode, T> parse,
      Terms localCheck,
      Function<T, Optional<String>> lie,
      EventSink events) {
    List<T> items = new ArrayList<>(page.items().size());
    for (JsonNode node : page.items()) {
      try {
        T parsed = parse.apply(node);
        T item = checked(parsed, lie.apply(parsed));
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
