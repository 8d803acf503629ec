package io.github.nvfetch.testkit.hostile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/** Ready-made {@link Script}s: well-formed answers and the hostile ones tests need. */
public final class Scripts {

  /** What an endless body writes at most (a safety bound: the client should stop far sooner). */
  public static final long ENDLESS_CAP = 1L << 30;

  private Scripts() {}

  /** A well-formed 200 with a {@code Content-Length}. */
  public static Script ok(byte[] body, String contentType) {
    return exchange -> {
      exchange.head(200, "OK", "Content-Type: " + contentType, "Content-Length: " + body.length);
      exchange.write(body);
    };
  }

  /** A well-formed 200 JSON answer. */
  public static Script json(String body) {
    return ok(body.getBytes(StandardCharsets.UTF_8), "application/json");
  }

  /** A status with an empty body. */
  public static Script status(int status, String reason) {
    return exchange -> exchange.head(status, reason, "Content-Length: 0");
  }

  /**
   * Legal interim responses (e.g. {@code 103 Early Hints}, {@code 102 Processing}) before a
   * well-formed 200.
   */
  public static Script interimThen(byte[] body, int... interimStatuses) {
    return exchange -> {
      for (int status : interimStatuses) {
        exchange.head(
            status,
            status == 103 ? "Early Hints" : "Processing",
            "Link: </style.css>; rel=preload");
      }
      ok(body, "application/gzip").respond(exchange);
    };
  }

  /**
   * A 200 that declares {@code declared} bytes and sends {@code body} (shorter or longer), then
   * keeps the connection open: extra bytes reach the next request on the connection, and a short
   * body leaves the client waiting for the rest.
   */
  public static Script wrongLength(byte[] body, long declared) {
    return exchange -> {
      exchange.head(200, "OK", "Content-Type: application/gzip", "Content-Length: " + declared);
      exchange.write(body);
    };
  }

  /** A 200 with the right length whose body comes one byte every {@code interval}. */
  public static Script drip(byte[] body, Duration interval) {
    return exchange -> {
      exchange.head(200, "OK", "Content-Type: application/gzip", "Content-Length: " + body.length);
      for (byte b : body) {
        exchange.write(new byte[] {b});
        exchange.pause(interval);
      }
    };
  }

  /**
   * A chunked 200 that starts with {@code prefix} and never ends (up to {@link #ENDLESS_CAP} bytes,
   * or until the client or the server closes).
   */
  public static Script endlessChunked(byte[] prefix) {
    return exchange -> {
      exchange.head(200, "OK", "Content-Type: application/gzip", "Transfer-Encoding: chunked");
      chunk(exchange, prefix);
      byte[] filler = new byte[64 * 1024];
      for (long sent = prefix.length;
          sent < ENDLESS_CAP && !exchange.serverClosing();
          sent += filler.length) {
        chunk(exchange, filler);
      }
      exchange.closeAfter();
    };
  }

  private static void chunk(Exchange exchange, byte[] data) throws IOException {
    exchange.write(Integer.toHexString(data.length) + "\r\n");
    exchange.write(data);
    exchange.write("\r\n");
  }

  /** A well-formed 200 whose body is {@code body} followed by {@code garbage}. */
  public static Script withTrailingBytes(byte[] body, byte[] garbage) {
    byte[] all = new byte[body.length + garbage.length];
    System.arraycopy(body, 0, all, 0, body.length);
    System.arraycopy(garbage, 0, all, body.length, garbage.length);
    return ok(all, "application/gzip");
  }

  /** Headers, then the connection closed after {@code sent} of the declared bytes. */
  public static Script cutAfter(byte[] body, int sent) {
    return exchange -> {
      exchange.head(200, "OK", "Content-Type: application/gzip", "Content-Length: " + body.length);
      exchange.write(java.util.Arrays.copyOf(body, sent));
      exchange.closeAfter();
    };
  }

  /** {@code first} for the first {@code times} requests, {@code then} for the later ones. */
  public static Script firstThen(int times, Script first, Script then) {
    AtomicInteger calls = new AtomicInteger();
    return exchange -> (calls.getAndIncrement() < times ? first : then).respond(exchange);
  }
}
