package io.github.nvfetch.testkit.internal.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.nvfetch.testkit.Hostility;
import io.github.nvfetch.testkit.Hostility.Kind;
import io.github.nvfetch.testkit.Hostility.Rule;
import io.github.nvfetch.testkit.ReplicaRoute;
import io.github.nvfetch.testkit.internal.http.JsonCodec;
import io.github.nvfetch.testkit.internal.http.Reply;
import io.github.nvfetch.testkit.internal.http.RequestContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Applies {@link Hostility} rules to the answers of the list and record routes: the JSON is parsed,
 * changed and written again; raw values (such as {@code 1e400}) replace placeholders in the written
 * text. Answers other than 200 JSON pass unchanged. Thread-safe.
 */
public final class HostileReplies {

  private static final String PLACEHOLDER = "@@hostile-value-";
  private static final Map<Long, byte[]> PADDING = new ConcurrentHashMap<>();

  private HostileReplies() {}

  /**
   * The answer as the hostility rules change it.
   *
   * @param hostility the rules in force
   * @param ctx the request
   * @param reply the honest answer
   * @return the answer to send
   */
  public static Reply apply(Hostility hostility, RequestContext ctx, Reply reply) {
    if (hostility.isNone() || reply.status() != 200 || !isJsonRoute(ctx.route().route())) {
      return reply;
    }
    String path = ctx.target().path();
    List<Rule> rules = hostility.rules().stream().filter(r -> applies(r, ctx, path)).toList();
    if (rules.isEmpty()) {
      return reply;
    }
    for (Rule rule : rules) {
      if (rule.kind() == Kind.DEEP_NESTING) {
        return reply.withBody(deep((int) rule.size()));
      }
    }
    Reply changed = reply.withBody(rewrite(rules, ctx, body(reply)));
    for (Rule rule : rules) {
      if (rule.kind() == Kind.HUGE_HEADER) {
        changed = changed.withHeader("X-Hostile-Padding", "h".repeat((int) rule.size()));
      } else if (rule.kind() == Kind.HUGE_BODY) {
        changed = padded(changed, rule.size());
      }
    }
    return changed;
  }

  private static boolean isJsonRoute(ReplicaRoute route) {
    return route == ReplicaRoute.COLLECTION_LIST
        || route == ReplicaRoute.COLLECTION_DETAIL
        || route == ReplicaRoute.COLLECTION_IMAGES
        || route == ReplicaRoute.IMAGE_LIST
        || route == ReplicaRoute.IMAGE_DETAIL;
  }

  private static boolean applies(Rule rule, RequestContext ctx, String path) {
    ReplicaRoute route = ctx.route().route();
    return switch (rule.kind()) {
      case IMAGE_FIELD ->
          route == ReplicaRoute.COLLECTION_IMAGES
              || route == ReplicaRoute.IMAGE_LIST
              || route == ReplicaRoute.IMAGE_DETAIL;
      case IMAGE_DETAIL_FIELD -> route == ReplicaRoute.IMAGE_DETAIL;
      case COLLECTION_FIELD ->
          route == ReplicaRoute.COLLECTION_LIST || route == ReplicaRoute.COLLECTION_DETAIL;
      default -> rule.path().equals(path);
    };
  }

  private static byte[] rewrite(List<Rule> rules, RequestContext ctx, byte[] body) {
    JsonNode json;
    try {
      json = JsonCodec.MAPPER.readTree(body);
    } catch (IOException e) {
      return body;
    }
    List<String> raw = new ArrayList<>();
    for (Rule rule : rules) {
      change(rule, ctx, json, raw);
    }
    String text = new String(JsonCodec.write(json), StandardCharsets.UTF_8);
    for (int i = 0; i < raw.size(); i++) {
      text = text.replace("\"" + PLACEHOLDER + i + "\"", raw.get(i));
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static void change(Rule rule, RequestContext ctx, JsonNode json, List<String> raw) {
    if (!(json instanceof ObjectNode object)) {
      return;
    }
    switch (rule.kind()) {
      case SELF_NEXT -> object.put("next", ctx.linkBase() + ctx.target().pathAndQuery());
      case NEXT_BACK_TO_FIRST -> {
        if (offset(ctx) > 0) {
          object.put("next", ctx.linkBase() + withOffsetZero(ctx));
        }
      }
      case COUNT_VALUE -> object.put("count", placeholder(rule.rawJson(), raw));
      case EMPTY_PAGE_FROM -> {
        if (offset(ctx) >= rule.size() && object.has("results")) {
          object.set("results", object.arrayNode());
        }
      }
      case IMAGE_FIELD, IMAGE_DETAIL_FIELD, COLLECTION_FIELD ->
          records(object)
              .forEach(
                  record -> {
                    if (record.path("id").asLong(-1) == rule.recordId()) {
                      record.put(rule.field(), placeholder(rule.rawJson(), raw));
                    }
                  });
      default -> {}
    }
  }

  private static List<ObjectNode> records(ObjectNode object) {
    List<ObjectNode> records = new ArrayList<>();
    if (object.get("results") instanceof ArrayNode results) {
      results.forEach(
          r -> {
            if (r instanceof ObjectNode record) {
              records.add(record);
            }
          });
    } else if (object.has("id")) {
      records.add(object);
    }
    return records;
  }

  private static String placeholder(String rawJson, List<String> raw) {
    raw.add(rawJson);
    return PLACEHOLDER + (raw.size() - 1);
  }

  private static long offset(RequestContext ctx) {
    String value = ctx.query().last("offset").orElse(null);
    try {
      return value == null ? 0 : Long.parseLong(value);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static String withOffsetZero(RequestContext ctx) {
    String query = ctx.target().query() == null ? "" : ctx.target().query();
    String replaced = query.replaceAll("(^|&)offset=[^&]*", "$1offset=0");
    return ctx.target().path() + "?" + replaced;
  }

  private static byte[] body(Reply reply) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    reply.segments().forEach(out::writeBytes);
    return out.toByteArray();
  }

  /** A page whose one record nests {@code depth} arrays deep, written without a JSON library. */
  private static byte[] deep(int depth) {
    byte[] open = new byte[depth];
    byte[] close = new byte[depth];
    Arrays.fill(open, (byte) '[');
    Arrays.fill(close, (byte) ']');
    ByteArrayOutputStream out = new ByteArrayOutputStream(2 * depth + 100);
    out.writeBytes(
        "{\"count\":1,\"next\":null,\"previous\":null,\"results\":[{\"id\":1,\"deep\":"
            .getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(open);
    out.writeBytes(close);
    out.writeBytes("}]}".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  /** The answer followed by {@code size} bytes of whitespace (one shared padding array). */
  private static Reply padded(Reply reply, long size) {
    byte[] padding =
        PADDING.computeIfAbsent(
            size,
            n -> {
              byte[] spaces = new byte[(int) Math.min(Integer.MAX_VALUE - 8, n)];
              Arrays.fill(spaces, (byte) ' ');
              return spaces;
            });
    List<byte[]> segments = new ArrayList<>(reply.segments());
    segments.add(padding);
    long length = reply.bodyLength() + padding.length;
    return new Reply(reply.status(), reply.headers(), segments, length, reply.kind(), reply.page());
  }
}
