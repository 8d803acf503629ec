package io.github.nvfetch.reactor.internal.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;

/**
 * Network failures in words, without the class names of Java or Netty: "connection refused",
 * "cannot resolve the host name", "TLS handshake failed", ... The URL is added by the caller.
 */
final class NetworkErrors {

  private static final Pattern QUOTED_NAME = Pattern.compile("'([^']+)'");

  private NetworkErrors() {}

  /** One phrase saying what went wrong on the network. */
  static String describe(IOException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    if (e instanceof UnknownHostException) {
      Matcher name = QUOTED_NAME.matcher(message);
      String host = name.find() ? name.group(1) : message;
      return "cannot resolve the host name '" + host + "' (check the URL and your connection)";
    }
    if (e instanceof NoRouteToHostException) {
      return "no route to the host (network unreachable)";
    }
    if (e instanceof ConnectException) {
      return message.toLowerCase(java.util.Locale.ROOT).contains("timed out")
          ? "the connection timed out"
          : "connection refused (nothing listens at that address)";
    }
    if (e instanceof SSLException) {
      return "TLS failed" + (message.isEmpty() ? "" : ": " + message);
    }
    if (e instanceof ClosedChannelException) {
      return "the connection was closed by the server";
    }
    if (e instanceof SocketException
        && message.toLowerCase(java.util.Locale.ROOT).contains("reset")) {
      return "the connection was reset by the server";
    }
    return message.isEmpty() ? "network error" : "network error: " + message;
  }
}
