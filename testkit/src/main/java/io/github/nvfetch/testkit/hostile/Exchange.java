package io.github.nvfetch.testkit.hostile;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One request received by a {@link HostileServer}, and the raw socket output a {@link Script}
 * answers on. Writes go straight to the socket (flushed on every call), so a script controls every
 * byte and its timing.
 */
public final class Exchange {

  private final String method;
  private final String target;
  private final Map<String, String> headers;
  private final OutputStream out;
  private final CountDownLatch closing;
  private final String baseUrl;
  private boolean closeAfter;

  Exchange(
      String method,
      String target,
      Map<String, String> headers,
      OutputStream out,
      CountDownLatch closing,
      String baseUrl) {
    this.method = method;
    this.target = target;
    this.headers = headers;
    this.out = out;
    this.closing = closing;
    this.baseUrl = baseUrl;
  }

  /** The request method. */
  public String method() {
    return method;
  }

  /** The request target as sent: path and query. */
  public String target() {
    return target;
  }

  /** The path of the request target, without the query. */
  public String path() {
    int q = target.indexOf('?');
    return q < 0 ? target : target.substring(0, q);
  }

  /** A request header (name in any case), or null. */
  public String header(String name) {
    return headers.get(name.toLowerCase(java.util.Locale.ROOT));
  }

  Map<String, String> headers() {
    return headers;
  }

  /** The server's address, {@code http://127.0.0.1:<port>}. */
  public String baseUrl() {
    return baseUrl;
  }

  /** Writes raw bytes and flushes them. */
  public void write(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
  }

  /** Writes text as ISO-8859-1 (what HTTP/1.1 headers are) and flushes it. */
  public void write(String text) throws IOException {
    write(text.getBytes(StandardCharsets.ISO_8859_1));
  }

  /** Writes a status line and headers (with the blank line that ends them). */
  public void head(int status, String reason, String... headerLines) throws IOException {
    StringBuilder head =
        new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reason).append("\r\n");
    for (String line : headerLines) {
      head.append(line).append("\r\n");
    }
    write(head.append("\r\n").toString());
  }

  /**
   * Waits, ending early (with an {@link IOException}) when the server closes, so that a script
   * never outlives its server.
   */
  public void pause(Duration duration) throws IOException {
    try {
      if (closing.await(duration.toNanos(), TimeUnit.NANOSECONDS)) {
        throw new IOException("server closing");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  /** Whether the server is closing (endless scripts poll this). */
  public boolean serverClosing() {
    return closing.getCount() == 0;
  }

  /** Closes the connection once the script returns, instead of keeping it alive. */
  public void closeAfter() {
    this.closeAfter = true;
  }

  boolean closesAfter() {
    return closeAfter;
  }
}
