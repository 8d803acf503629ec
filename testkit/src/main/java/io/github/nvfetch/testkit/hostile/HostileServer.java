package io.github.nvfetch.testkit.hostile;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A scripted HTTP/1.1 server on a raw socket, for tests of how a client copes with servers that
 * misbehave in ways a well-behaved HTTP library never would: interim {@code 1xx} responses, lying
 * {@code Content-Length}, bodies dripping one byte at a time or never ending, bytes after a
 * response on a kept-alive connection. Each request is answered by the {@link Script} registered
 * for its path (exact path first, then the longest registered prefix ending in {@code *}); unknown
 * paths get a 404.
 *
 * <p>It listens on 127.0.0.1 on an ephemeral port, keeps connections alive between requests (as a
 * real server does, so that a client bug can deliver one response to the next request), and stops
 * by itself: connections idle for 30 s are closed, scripts that wait end when the server closes,
 * and {@link #close()} closes every socket and stops every thread.
 */
public final class HostileServer implements AutoCloseable {

  private static final int IDLE_MILLIS = 30_000;
  private static final int MAX_HEAD_BYTES = 64 * 1024;

  private final ServerSocket listener;
  private final ExecutorService threads = Executors.newCachedThreadPool(daemon());
  private final Map<String, Script> exact = new ConcurrentHashMap<>();
  private final Map<String, Script> prefixes = new ConcurrentHashMap<>();
  private final List<SeenRequest> requests = new CopyOnWriteArrayList<>();
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final CountDownLatch closing = new CountDownLatch(1);
  private final String baseUrl;

  private HostileServer(ServerSocket listener) {
    this.listener = listener;
    this.baseUrl = "http://127.0.0.1:" + listener.getLocalPort();
    threads.execute(this::acceptLoop);
  }

  /** Starts a server with no routes, on 127.0.0.1 and an ephemeral port. */
  public static HostileServer start() {
    try {
      return new HostileServer(new ServerSocket(0, 64, InetAddress.getLoopbackAddress()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on loopback", e);
    }
  }

  /** {@code http://127.0.0.1:<port>}. */
  public String baseUrl() {
    return baseUrl;
  }

  /** The port listened on. */
  public int port() {
    return listener.getLocalPort();
  }

  /**
   * Answers requests for {@code path} with {@code script}; a path ending in {@code *} is a prefix.
   * Replaces an earlier script for the same path.
   */
  public HostileServer on(String path, Script script) {
    if (path.endsWith("*")) {
      prefixes.put(path.substring(0, path.length() - 1), script);
    } else {
      exact.put(path, script);
    }
    return this;
  }

  /** The request targets received so far (path and query), in arrival order. */
  public List<String> requests() {
    return requests.stream().map(SeenRequest::target).toList();
  }

  /** The requests received so far, with their headers, in arrival order. */
  public List<SeenRequest> seen() {
    return List.copyOf(requests);
  }

  /** How many requests had exactly this path (query ignored). */
  public long requestCount(String path) {
    return requests.stream().filter(r -> URI.create(r.target()).getPath().equals(path)).count();
  }

  private Script scriptFor(String path) {
    Script script = exact.get(path);
    if (script != null) {
      return script;
    }
    String best = null;
    for (String prefix : prefixes.keySet()) {
      if (path.startsWith(prefix) && (best == null || prefix.length() > best.length())) {
        best = prefix;
      }
    }
    return best == null ? Scripts.status(404, "Not Found") : prefixes.get(best);
  }

  private void acceptLoop() {
    while (!listener.isClosed()) {
      try {
        Socket socket = listener.accept();
        open.add(socket);
        threads.execute(() -> serve(socket));
      } catch (IOException e) {
        return;
      } catch (java.util.concurrent.RejectedExecutionException e) {
        return;
      }
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      socket.setSoTimeout(IDLE_MILLIS);
      socket.setTcpNoDelay(true);
      InputStream in = new BufferedInputStream(socket.getInputStream());
      OutputStream out = socket.getOutputStream();
      while (closing.getCount() > 0) {
        List<String> head = readHead(in);
        if (head == null) {
          return;
        }
        Exchange exchange = exchange(head, out);
        requests.add(new SeenRequest(exchange.target(), exchange.headers()));
        scriptFor(exchange.path()).respond(exchange);
        out.flush();
        if (exchange.closesAfter() || "close".equalsIgnoreCase(exchange.header("connection"))) {
          return;
        }
      }
    } catch (IOException | RuntimeException e) {
      // the client went away, the server is closing, or a script broke off: drop the socket
    } finally {
      open.remove(socket);
    }
  }

  private Exchange exchange(List<String> head, OutputStream out) {
    String[] requestLine = head.get(0).split(" ");
    Map<String, String> headers = new HashMap<>();
    for (String line : head.subList(1, head.size())) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        headers.put(
            line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
            line.substring(colon + 1).trim());
      }
    }
    String target = requestLine.length > 1 ? requestLine[1] : "/";
    return new Exchange(requestLine[0], target, headers, out, closing, baseUrl);
  }

  /** The request line and header lines, or null when the connection ended first. */
  private static List<String> readHead(InputStream in) throws IOException {
    List<String> lines = new ArrayList<>();
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int total = 0;
    int b;
    while ((b = in.read()) >= 0) {
      if (++total > MAX_HEAD_BYTES) {
        throw new IOException("request head too large");
      }
      if (b == '\n') {
        String text = line.toString(StandardCharsets.ISO_8859_1).stripTrailing();
        line.reset();
        if (text.isEmpty()) {
          if (lines.isEmpty()) {
            continue;
          }
          return lines;
        }
        lines.add(text);
      } else {
        line.write(b);
      }
    }
    return null;
  }

  private static java.util.concurrent.ThreadFactory daemon() {
    return runnable -> {
      Thread thread = new Thread(runnable, "hostile-server");
      thread.setDaemon(true);
      return thread;
    };
  }

  /** Closes the listener and every connection, ends waiting scripts, stops the threads. */
  @Override
  public void close() {
    closing.countDown();
    try {
      listener.close();
    } catch (IOException ignored) {
      // closing anyway
    }
    for (Socket socket : open) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
    threads.shutdownNow();
    try {
      threads.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Adapts a function of the request into a script that answers 200 with its JSON. */
  static Script jsonFrom(Function<Exchange, String> body) {
    return exchange -> Scripts.json(body.apply(exchange)).respond(exchange);
  }
}
