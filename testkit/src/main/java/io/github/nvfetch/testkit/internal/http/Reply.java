package io.github.nvfetch.testkit.internal.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A response ready to send: status, headers in order, body segments (sent back to back without
 * copying) and the {@code Content-Length} to declare. Immutable.
 *
 * @param status the status code
 * @param headers header name/value pairs, in order
 * @param segments the body
 * @param declaredLength the {@code Content-Length} to declare
 * @param kind what it carries
 * @param page for list pages, what the page holds; else null
 */
public record Reply(
    int status,
    List<Map.Entry<String, String>> headers,
    List<byte[]> segments,
    long declaredLength,
    ReplyKind kind,
    PageInfo page) {

  /** Copies the lists. */
  public Reply {
    headers = List.copyOf(headers);
    segments = List.copyOf(segments);
  }

  /** A reply with one body segment whose length is declared. */
  public static Reply of(
      int status, ReplyKind kind, byte[] body, List<Map.Entry<String, String>> headers) {
    return new Reply(status, headers, List.of(body), body.length, kind, null);
  }

  /** The body bytes that will actually be sent. */
  public long bodyLength() {
    long n = 0;
    for (byte[] s : segments) {
      n += s.length;
    }
    return n;
  }

  /** A copy carrying page information. */
  public Reply withPage(PageInfo info) {
    return new Reply(status, headers, segments, declaredLength, kind, info);
  }

  /** A copy with one more header. */
  public Reply withHeader(String name, String value) {
    List<Map.Entry<String, String>> copy = new ArrayList<>(headers);
    copy.add(Map.entry(name, value));
    return new Reply(status, copy, segments, declaredLength, kind, page);
  }

  /** A copy whose body is replaced by one segment (declared length follows). */
  public Reply withBody(byte[] body) {
    return new Reply(status, headers, List.of(body), body.length, kind, page);
  }

  /** The first value of a header, or null. */
  public String header(String name) {
    return headers.stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(null);
  }
}
