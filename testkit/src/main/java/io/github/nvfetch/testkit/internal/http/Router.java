package io.github.nvfetch.testkit.internal.http;

import io.github.nvfetch.testkit.ReplicaRoute;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matches decoded request paths to routes, as Django's URL resolver does, and turns slashless API
 * paths into redirects ({@code APPEND_SLASH}). {@code {id}} matches {@code [^/.]+}.
 */
public final class Router {

  private record Rule(Pattern pattern, ReplicaRoute route, boolean appendSlash) {}

  private static final List<Rule> RULES =
      List.of(
          new Rule(Pattern.compile("/api/collections(/?)"), ReplicaRoute.COLLECTION_LIST, true),
          new Rule(
              Pattern.compile("/api/collections/([^/.]+)(/?)"),
              ReplicaRoute.COLLECTION_DETAIL,
              true),
          new Rule(
              Pattern.compile("/api/collections/([^/.]+)/images(/?)"),
              ReplicaRoute.COLLECTION_IMAGES,
              true),
          new Rule(Pattern.compile("/api/images(/?)"), ReplicaRoute.IMAGE_LIST, true),
          new Rule(Pattern.compile("/api/images/([^/.]+)(/?)"), ReplicaRoute.IMAGE_DETAIL, true),
          new Rule(
              Pattern.compile("/api/(?:v2/)?decode(/?)"), ReplicaRoute.NEUROSYNTH_DECODE, false));
  private static final Pattern MEDIA = Pattern.compile("/media/images/([^/]+)/(.+)");
  private static final Pattern STATS = Pattern.compile("/_replica/stats/?");
  private static final Pattern RESET = Pattern.compile("/_replica/stats/reset/?");

  private Router() {}

  /**
   * Resolves a raw path.
   *
   * @param rawPath the path as received
   * @return the route; {@link ReplicaRoute#UNMATCHED} when nothing matches
   */
  public static ResolvedRoute resolve(String rawPath) {
    String path = decodePath(rawPath);
    if (STATS.matcher(path).matches()) {
      return new ResolvedRoute(null, "stats", null, null, null);
    }
    if (RESET.matcher(path).matches()) {
      return new ResolvedRoute(null, "reset", null, null, null);
    }
    Matcher media = MEDIA.matcher(path);
    if (media.matches()) {
      return new ResolvedRoute(ReplicaRoute.MEDIA_FILE, null, media.group(1), media.group(2), null);
    }
    for (Rule rule : RULES) {
      Matcher m = rule.pattern().matcher(path);
      if (m.matches()) {
        return matched(rule, m, rawPath);
      }
    }
    return ResolvedRoute.of(ReplicaRoute.UNMATCHED, null);
  }

  private static ResolvedRoute matched(Rule rule, Matcher m, String rawPath) {
    String id = m.groupCount() > 1 ? m.group(1) : null;
    boolean slashed = !m.group(m.groupCount()).isEmpty();
    if (rule.appendSlash() && !slashed) {
      return new ResolvedRoute(ReplicaRoute.REDIRECT, null, id, null, rawPath + "/");
    }
    return ResolvedRoute.of(rule.route(), id);
  }

  /** Percent-decodes a path as UTF-8 ({@code +} stays {@code +}). */
  static String decodePath(String raw) {
    if (raw.indexOf('%') < 0) {
      return raw;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%'
          && i + 2 < raw.length()
          && Character.digit(raw.charAt(i + 1), 16) >= 0
          && Character.digit(raw.charAt(i + 2), 16) >= 0) {
        out.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
