package io.github.nvfetch.reactor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.nvfetch.reactor.HttpStatusException;
import io.github.nvfetch.reactor.NeuroVaultClient;
import io.github.nvfetch.reactor.RetrySettings;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.test.StepVerifier;

/**
 * Redirects are followed on the same host only and the API token never reaches another host. Two
 * small servers stand in for NeuroVault and for a foreign host ("localhost" is another host name
 * than "127.0.0.1", the one the client is configured with).
 */
class TransportSecurityTest {

  private record Seen(String path, String authorization) {}

  @Test
  void tokenStaysOnTheConfiguredHostAndForeignRedirectsAreRefused() {
    List<Seen> foreignSeen = new CopyOnWriteArrayList<>();
    List<Seen> homeSeen = new CopyOnWriteArrayList<>();
    DisposableServer foreign =
        HttpServer.create()
            .host("127.0.0.1")
            .port(0)
            .route(
                r ->
                    r.get(
                        "/**",
                        (req, res) -> {
                          foreignSeen.add(
                              new Seen(req.uri(), req.requestHeaders().get("Authorization")));
                          return res.header("Content-Type", "application/json")
                              .sendString(Mono.just("{\"id\": 1}"));
                        }))
            .bindNow();
    DisposableServer home =
        HttpServer.create()
            .host("127.0.0.1")
            .port(0)
            .route(
                r ->
                    r.get(
                            "/api/collections/1/",
                            (req, res) -> {
                              homeSeen.add(
                                  new Seen(req.uri(), req.requestHeaders().get("Authorization")));
                              return res.status(302)
                                  .header(
                                      "Location",
                                      "http://localhost:" + foreign.port() + "/api/collections/1/")
                                  .send();
                            })
                        .get(
                            "/api/collections/2/",
                            (req, res) -> {
                              homeSeen.add(
                                  new Seen(req.uri(), req.requestHeaders().get("Authorization")));
                              return res.status(301)
                                  .header("Location", "/api/collections/3/")
                                  .send();
                            })
                        .get(
                            "/api/collections/3/",
                            (req, res) -> {
                              homeSeen.add(
                                  new Seen(req.uri(), req.requestHeaders().get("Authorization")));
                              return res.header("Content-Type", "application/json")
                                  .sendString(Mono.just("{\"id\": 2, \"name\": \"moved\"}"));
                            }))
            .bindNow();
    try (NeuroVaultClient client =
        NeuroVaultClient.builder()
            .baseUrl("http://127.0.0.1:" + home.port())
            .apiToken("s3cret")
            .retry(RetrySettings.builder().maxAttempts(1).build())
            .build()) {

      StepVerifier.create(client.collection(1))
          .expectErrorSatisfies(e -> assertEquals(302, ((HttpStatusException) e).status()))
          .verify(Duration.ofSeconds(30));
      assertEquals(
          "moved", client.collection(2).block(Duration.ofSeconds(30)).name().orElseThrow());

      assertEquals(List.of(), foreignSeen, "nothing, token least of all, reached the other host");
      assertEquals(
          List.of(
              new Seen("/api/collections/1/", "Token s3cret"),
              new Seen("/api/collections/2/", "Token s3cret"),
              new Seen("/api/collections/3/", "Token s3cret")),
          homeSeen);
    } finally {
      home.disposeNow();
      foreign.disposeNow();
    }
  }

  @Test
  void noTokenIsSentWhenNoneIsConfigured() {
    List<Seen> seen = new CopyOnWriteArrayList<>();
    DisposableServer home =
        HttpServer.create()
            .host("127.0.0.1")
            .port(0)
            .route(
                r ->
                    r.get(
                        "/**",
                        (req, res) -> {
                          seen.add(new Seen(req.uri(), req.requestHeaders().get("Authorization")));
                          return res.header("Content-Type", "application/json")
                              .sendString(Mono.just("{\"id\": 5}"));
                        }))
            .bindNow();
    try (NeuroVaultClient client =
        NeuroVaultClient.builder().baseUrl("http://127.0.0.1:" + home.port()).build()) {
      assertEquals(5, client.collection(5).block(Duration.ofSeconds(30)).id());
      assertNull(seen.get(0).authorization());
    } finally {
      home.disposeNow();
    }
  }
}
