package io.github.nvfetch.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** A plain JDK HTTP client for the tests: HTTP/1.1, redirects not followed, loopback only. */
final class Http {

  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private Http() {}

  static HttpRequest request(String url, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return b.GET().build();
  }

  static HttpResponse<byte[]> get(String url, String... headers) {
    try {
      return CLIENT.send(request(url, headers), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
    return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  static CompletableFuture<HttpResponse<byte[]>> getAsync(String url, String... headers) {
    return CLIENT.sendAsync(request(url, headers), HttpResponse.BodyHandlers.ofByteArray());
  }

  static List<HttpResponse<byte[]>> all(List<CompletableFuture<HttpResponse<byte[]>>> futures) {
    return futures.stream().map(CompletableFuture::join).toList();
  }

  static JsonNode json(HttpResponse<byte[]> response) {
    return json(response.body());
  }

  static JsonNode json(byte[] body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode getJson(String url, String... headers) {
    HttpResponse<byte[]> r = get(url, headers);
    if (r.statusCode() != 200) {
      throw new AssertionError(
          "GET " + url + " -> " + r.statusCode() + ": " + new String(r.body()));
    }
    return json(r);
  }
}
