package io.github.nvfetch.testkit.hostile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A minimal NeuroVault on a {@link HostileServer}: the collection list, each collection's record
 * and image list (paginated with {@code limit} and {@code offset}, in NeuroVault's envelope), image
 * records and image files ({@link TinyNifti}, served well-formed unless a test gives a file another
 * {@link Script}). Listings may name an image more than once, or in several collections, as a
 * hostile or buggy server would; an image belongs to the first collection that lists it. Records
 * pass nilearn's default filters.
 */
public final class HostileSite {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HostileServer server;
  private final Map<Long, List<Long>> listings = new LinkedHashMap<>();
  private final Map<Long, Long> home = new ConcurrentHashMap<>();
  private final Map<Long, byte[]> bodies = new ConcurrentHashMap<>();

  private HostileSite(HostileServer server) {
    this.server = server;
    server.on("/api/collections/", exchange -> list(exchange, collectionRecords()));
    server.on("/api/collections", exchange -> list(exchange, collectionRecords()));
    server.on("/api/collections/*", this::collectionRoute);
    server.on("/api/images/*", this::imageRoute);
  }

  /** Serves a NeuroVault on {@code server} (no collections yet). */
  public static HostileSite on(HostileServer server) {
    return new HostileSite(server);
  }

  /**
   * Adds a collection whose image list names {@code imageIds} in this order (duplicates and images
   * of other collections allowed). Files of new images are served well-formed.
   */
  public synchronized HostileSite collection(long collectionId, long... imageIds) {
    List<Long> listed = new ArrayList<>();
    for (long id : imageIds) {
      listed.add(id);
      if (home.putIfAbsent(id, collectionId) == null) {
        server.on(filePath(id), okFile(id));
      }
    }
    listings.put(collectionId, listed);
    return this;
  }

  /** Answers the file of {@code imageId} with {@code script} instead. */
  public HostileSite file(long imageId, Script script) {
    server.on(filePath(imageId), script);
    return this;
  }

  /**
   * Makes {@code body} the intended body of an image's file (its record's {@code file_size}
   * follows), served well-formed.
   */
  public HostileSite body(long imageId, byte[] body) {
    bodies.put(imageId, body.clone());
    return file(imageId, okFile(imageId));
  }

  /** The intended body of an image's file ({@link TinyNifti#forId} unless set). */
  public byte[] bytes(long imageId) {
    byte[] body = bodies.get(imageId);
    return body == null ? TinyNifti.forId(imageId) : body.clone();
  }

  /** The well-formed answer for an image's file. */
  public Script okFile(long imageId) {
    return Scripts.ok(bytes(imageId), "application/gzip");
  }

  /** The collection an image belongs to. */
  public long collectionOf(long imageId) {
    return home.get(imageId);
  }

  /** The path of an image's file on the server. */
  public String filePath(long imageId) {
    return "/media/images/" + home.getOrDefault(imageId, 0L) + "/image_" + imageId + ".nii.gz";
  }

  /** Every image listed anywhere, once each, in listing order. */
  public synchronized List<Long> imageIds() {
    LinkedHashSet<Long> ids = new LinkedHashSet<>();
    listings.values().forEach(ids::addAll);
    return List.copyOf(ids);
  }

  private synchronized List<ObjectNode> collectionRecords() {
    List<ObjectNode> records = new ArrayList<>();
    listings.forEach((id, images) -> records.add(collectionRecord(id, images.size())));
    return records;
  }

  private ObjectNode collectionRecord(long id, int images) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", id);
    node.put("name", "hostile collection " + id);
    node.put("number_of_images", images);
    node.put("url", server.baseUrl() + "/collections/" + id + "/");
    return node;
  }

  private ObjectNode imageRecord(long id) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", id);
    node.put("collection_id", home.get(id));
    node.put("name", "hostile image " + id);
    node.put("file", server.baseUrl() + filePath(id));
    node.put("file_size", bytes(id).length);
    node.put("map_type", "T map");
    node.put("image_type", "statistic_map");
    node.put("not_mni", false);
    node.put("is_thresholded", false);
    return node;
  }

  private void collectionRoute(Exchange exchange) throws IOException {
    String[] parts = exchange.path().substring("/api/collections/".length()).split("/");
    Long id = parseId(parts[0]);
    List<Long> images;
    synchronized (this) {
      images = id == null ? null : listings.get(id);
    }
    if (images == null) {
      Scripts.status(404, "Not Found").respond(exchange);
    } else if (parts.length == 1) {
      Scripts.json(collectionRecord(id, images.size()).toString()).respond(exchange);
    } else if (parts.length == 2 && parts[1].equals("images")) {
      list(exchange, images.stream().map(this::imageRecord).toList());
    } else {
      Scripts.status(404, "Not Found").respond(exchange);
    }
  }

  private void imageRoute(Exchange exchange) throws IOException {
    String rest = exchange.path().substring("/api/images/".length()).replace("/", "");
    Long id = parseId(rest);
    if (id == null || !home.containsKey(id)) {
      Scripts.status(404, "Not Found").respond(exchange);
    } else {
      Scripts.json(imageRecord(id).toString()).respond(exchange);
    }
  }

  private static Long parseId(String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** One page of NeuroVault's envelope, with a {@code next} link while records remain. */
  private void list(Exchange exchange, List<ObjectNode> records) throws IOException {
    URI target = URI.create(exchange.target());
    Map<String, String> query = query(target.getRawQuery());
    int limit = (int) Math.max(1, Math.min(1000, number(query.get("limit"), 100)));
    int offset = (int) Math.max(0, number(query.get("offset"), 0));
    ObjectNode page = JSON.createObjectNode();
    page.put("count", records.size());
    if (offset + limit < records.size()) {
      page.put(
          "next",
          server.baseUrl() + target.getPath() + "?limit=" + limit + "&offset=" + (offset + limit));
    } else {
      page.putNull("next");
    }
    page.putNull("previous");
    ArrayNode results = page.putArray("results");
    records
        .subList(Math.min(offset, records.size()), Math.min(offset + limit, records.size()))
        .forEach(results::add);
    Scripts.json(page.toString()).respond(exchange);
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> params = new LinkedHashMap<>();
    if (raw != null) {
      for (String pair : raw.split("&")) {
        int eq = pair.indexOf('=');
        params.put(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
      }
    }
    return params;
  }

  private static long number(String text, long fallback) {
    try {
      return text == null ? fallback : Long.parseLong(text);
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
