package io.github.nvfetch.testkit.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Builds the service's typical answers: DRF JSON, Django and nginx HTML pages, redirects, files.
 */
public final class Replies {

  /** DRF's JSON content type (NeuroVault's {@code ExplicitUnicodeJSONRenderer}). */
  public static final String API_JSON = "application/json; charset=utf-8";

  private static final String HTML = "text/html; charset=utf-8";
  private static final List<Map.Entry<String, String>> API_HEADERS =
      List.of(
          Map.entry("Content-Type", API_JSON),
          Map.entry("Vary", "Accept"),
          Map.entry("Allow", "GET, HEAD, OPTIONS"),
          Map.entry("X-Frame-Options", "DENY"));

  private Replies() {}

  /** A DRF JSON answer. */
  public static Reply apiJson(int status, byte[] body) {
    return Reply.of(status, ReplyKind.API_JSON, body, API_HEADERS);
  }

  /** A DRF JSON answer. */
  public static Reply apiJson(int status, JsonNode node) {
    return apiJson(status, JsonCodec.write(node));
  }

  /** DRF's {@code {"detail": message}} error. */
  public static Reply detail(int status, String message) {
    return apiJson(status, JsonCodec.MAPPER.createObjectNode().put("detail", message));
  }

  /** 404 {@code {"detail":"Not found."}}. */
  public static Reply notFound() {
    return detail(404, "Not found.");
  }

  /** 403 {@code {"detail":"You do not have permission to perform this action."}}. */
  public static Reply forbidden() {
    return detail(403, "You do not have permission to perform this action.");
  }

  /** DRF's 401 for a rejected token. */
  public static Reply unauthorized(String message) {
    return detail(401, message).withHeader("WWW-Authenticate", "Token");
  }

  /** DRF's 405. */
  public static Reply methodNotAllowed(String method) {
    return detail(405, "Method \"" + method + "\" not allowed.");
  }

  /** Django's permanent redirect with a relative location and an empty body. */
  public static Reply redirect(String location) {
    return Reply.of(
        301,
        ReplyKind.OTHER,
        new byte[0],
        List.of(Map.entry("Content-Type", HTML), Map.entry("Location", location)));
  }

  /** Django's plain HTML error pages (404 outside DRF, 403 on media, 500). */
  public static Reply djangoPage(int status) {
    String title =
        switch (status) {
          case 403 -> "403 Forbidden";
          case 404 -> "Not Found";
          default -> "Server Error (500)";
        };
    String body =
        status == 404
            ? "<!doctype html>\n<html lang=\"en\">\n<head>\n  <title>Not Found</title>\n</head>\n<body>\n  <h1>Not Found"
                + "</h1><p>The requested resource was not found on this server.</p>\n</body>\n</html>\n"
            : "<!doctype html>\n<html lang=\"en\">\n<head>\n  <title>"
                + title
                + "</title>\n</head>\n<body>\n  <h1>"
                + title
                + "</h1><p></p>\n</body>\n</html>\n";
    return html(status, body);
  }

  /** nginx's own error page (502, 503, 504). */
  public static Reply nginxPage(int status) {
    String title =
        switch (status) {
          case 502 -> "502 Bad Gateway";
          case 503 -> "503 Service Temporarily Unavailable";
          case 504 -> "504 Gateway Time-out";
          default -> status + " Error";
        };
    return html(
        status,
        "<html>\r\n<head><title>"
            + title
            + "</title></head>\r\n<body>\r\n<center><h1>"
            + title
            + "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n");
  }

  /** A 500/502/504 of the kind the live service produces. */
  public static Reply serverError(int status) {
    return status == 500 ? djangoPage(500) : nginxPage(status);
  }

  /** An image file. */
  public static Reply file(List<byte[]> segments, long declaredLength) {
    return new Reply(
        200,
        List.of(Map.entry("Content-Type", "application/octet-stream")),
        segments,
        declaredLength,
        ReplyKind.FILE,
        null);
  }

  /** Flask's {@code jsonify}: sorted keys (the caller sorts), compact, trailing newline. */
  public static Reply flaskJson(int status, JsonNode node) {
    byte[] json = JsonCodec.write(node);
    byte[] body = new byte[json.length + 1];
    System.arraycopy(json, 0, body, 0, json.length);
    body[json.length] = '\n';
    return Reply.of(
        status,
        ReplyKind.NEUROSYNTH_JSON,
        body,
        List.of(Map.entry("Content-Type", "application/json")));
  }

  /** The replica's own JSON (stats). */
  public static Reply controlJson(int status, JsonNode node) {
    return Reply.of(
        status,
        ReplyKind.OTHER,
        JsonCodec.write(node),
        List.of(Map.entry("Content-Type", API_JSON)));
  }

  private static Reply html(int status, String body) {
    return Reply.of(
        status,
        ReplyKind.OTHER,
        body.getBytes(StandardCharsets.UTF_8),
        List.of(Map.entry("Content-Type", HTML)));
  }
}
