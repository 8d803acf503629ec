package io.github.nvfetch.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Redirects, error bodies, private collections and tokens, filters, link schemes. */
class RoutingTest {

  private static final String TOKEN_HEADER = "Token " + CorpusSpec.DEFAULT_API_KEY;
  private static ReplicaServer server;
  private static String base;
  private static Corpus corpus;
  private static long privateId;
  private static String token;

  @BeforeAll
  static void start() {
    server =
        ReplicaServer.builder()
            .corpus(
                CorpusSpec.builder()
                    .seed(11)
                    .collections(60)
                    .images(500)
                    .privateCollectionRate(0.05)
                    .build())
            .start();
    base = server.baseUrl();
    corpus = server.corpus();
    privateId =
        corpus
            .allCollectionIds()
            .filter(id -> corpus.isPrivate(id) && corpus.imageIds(id).count() > 0)
            .findFirst()
            .orElseThrow();
    token = corpus.privateToken(privateId).orElseThrow();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @Test
  void slashlessPathsRedirectPermanentlyToTheSlashedPathKeepingTheQuery() {
    long cid = corpus.collectionIds().findFirst().orElseThrow();
    long iid = corpus.imageIds().findFirst().orElseThrow();
    assertRedirect(
        "/api/collections/" + cid + "?limit=3&offset=0",
        "/api/collections/" + cid + "/?limit=3&offset=0");
    assertRedirect(
        "/api/collections/" + cid + "/images?limit=100&offset=0",
        "/api/collections/" + cid + "/images/?limit=100&offset=0");
    assertRedirect("/api/images/" + iid, "/api/images/" + iid + "/");
    assertRedirect("/api/collections", "/api/collections/");
    assertRedirect("/api/images?format=json", "/api/images/?format=json");
  }

  @Test
  void aClientThatFollowsRedirectsGetsTheRecord() throws Exception {
    long iid = corpus.imageIds().skip(3).findFirst().orElseThrow();
    HttpClient following =
        HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    HttpResponse<byte[]> r =
        following.send(
            HttpRequest.newBuilder(URI.create(base + "/api/images/" + iid)).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, r.statusCode());
    assertEquals(corpus.imageJson(iid, base).toString(), Http.json(r).toString());
  }

  @Test
  void unknownRecordsAnswerDrfNotFoundAndUnknownPathsDjangoHtml() {
    HttpResponse<byte[]> image = Http.get(base + "/api/images/1/");
    assertEquals(404, image.statusCode());
    assertEquals(Samples.load("error_404.reconstructed.json"), Http.json(image));
    assertEquals("{\"detail\":\"Not found.\"}", new String(image.body()));
    assertEquals(404, Http.get(base + "/api/collections/999999/").statusCode());
    assertEquals(404, Http.get(base + "/api/collections/999999/images/").statusCode());
    HttpResponse<byte[]> page = Http.get(base + "/api/publications/");
    assertEquals(404, page.statusCode());
    assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
    assertEquals(500, Http.get(base + "/api/collections/abc/").statusCode());
  }

  @Test
  void privateCollectionsAreForbiddenByIdWithoutATokenAndReadableWithOne() {
    HttpResponse<byte[]> denied = Http.get(base + "/api/collections/" + privateId + "/");
    assertEquals(403, denied.statusCode());
    assertEquals(Samples.load("error_403.reconstructed.json"), Http.json(denied));
    assertEquals(403, Http.get(base + "/api/collections/" + privateId + "/images/").statusCode());

    JsonNode allowed =
        Http.getJson(base + "/api/collections/" + privateId + "/", "Authorization", TOKEN_HEADER);
    assertTrue(allowed.get("private").asBoolean());
    assertEquals(base + "/collections/" + token + "/", allowed.get("url").asText());
    JsonNode byToken = Http.getJson(base + "/api/collections/" + token + "/");
    assertEquals(allowed, byToken);
    JsonNode images = Http.getJson(base + "/api/collections/" + token + "/images/");
    assertEquals(corpus.imageIds(privateId).count(), images.get("count").asLong());
    assertTrue(
        images.get("results").get(0).get("file").asText().contains("/media/images/" + token + "/"));
  }

  @Test
  void privateCollectionsAndTheirImagesAreListedOnlyWithAToken() {
    JsonNode anonymous = Http.getJson(base + "/api/collections/?limit=1000");
    JsonNode withToken =
        Http.getJson(base + "/api/collections/?limit=1000", "Authorization", TOKEN_HEADER);
    assertEquals(corpus.collectionCount(), anonymous.get("count").asInt());
    assertEquals(corpus.allCollectionIds().count(), withToken.get("count").asInt());
    anonymous.get("results").forEach(c -> assertTrue(!c.path("private").asBoolean()));
    JsonNode images = Http.getJson(base + "/api/images/?limit=1", "Authorization", TOKEN_HEADER);
    assertEquals(corpus.totalImageCount(), images.get("count").asLong());
    assertEquals(
        corpus.imageCount(), Http.getJson(base + "/api/images/?limit=1").get("count").asLong());
  }

  @Test
  void imagesOfPrivateCollectionsAre404ByIdWithoutAToken() {
    long iid = corpus.imageIds(privateId).findFirst().orElseThrow();
    assertEquals(404, Http.get(base + "/api/images/" + iid + "/").statusCode());
    assertEquals(
        200,
        Http.get(base + "/api/images/" + iid + "/", "Authorization", TOKEN_HEADER).statusCode());
    assertEquals(200, Http.get(base + "/api/images/" + token + "-" + iid + "/").statusCode());
    String file = corpus.filePath(iid);
    assertEquals(200, Http.get(base + file).statusCode());
    String byNumber = file.replace("/" + token + "/", "/" + privateId + "/");
    assertEquals(403, Http.get(base + byNumber).statusCode());
  }

  @Test
  void anUnknownTokenIsRejectedAsDrfDoes() {
    HttpResponse<byte[]> r = Http.get(base + "/api/collections/", "Authorization", "Token nope");
    assertEquals(401, r.statusCode());
    assertEquals("{\"detail\":\"Invalid token.\"}", new String(r.body()));
  }

  @Test
  void collectionFiltersAreIgnoredByDefaultAndExactWhenHonoured() {
    long cid =
        corpus
            .collectionIds()
            .filter(id -> !corpus.collectionJson(id).get("DOI").isNull())
            .findFirst()
            .orElseThrow();
    JsonNode record = corpus.collectionJson(cid);
    String doi = record.get("DOI").asText();
    assertEquals(
        corpus.collectionCount(),
        Http.getJson(base + "/api/collections/?DOI=" + doi).get("count").asInt());
    try (ReplicaServer honouring =
        ReplicaServer.builder()
            .corpus(corpus.spec().toBuilder().collectionFiltersHonoured(true).build())
            .start()) {
      String b = honouring.baseUrl();
      JsonNode byDoi = Http.getJson(b + "/api/collections/?DOI=" + doi);
      assertEquals(1, byDoi.get("count").asInt());
      assertEquals(cid, byDoi.get("results").get(0).get("id").asLong());
      String name =
          java.net.URLEncoder.encode(
              record.get("name").asText(), java.nio.charset.StandardCharsets.UTF_8);
      assertEquals(1, Http.getJson(b + "/api/collections/?name=" + name).get("count").asInt());
      long owner = record.get("owner").asLong();
      JsonNode byOwner = Http.getJson(b + "/api/collections/?owner=" + owner);
      byOwner.get("results").forEach(c -> assertEquals(owner, c.get("owner").asLong()));
      assertEquals(0, Http.getJson(b + "/api/collections/?DOI=10.0/none").get("count").asInt());
    }
  }

  @Test
  void linksFollowTheRequestSchemeOnlyWhenAsked() {
    long iid = corpus.imageIds().findFirst().orElseThrow();
    JsonNode forced = Http.getJson(base + "/api/images/" + iid + "/", "X-Forwarded-Proto", "https");
    assertTrue(forced.get("file").asText().startsWith(base + "/media/images/"));
    try (ReplicaServer request =
        ReplicaServer.builder()
            .corpus(corpus.spec().toBuilder().linkScheme(LinkScheme.REQUEST).build())
            .start()) {
      String b = request.baseUrl();
      JsonNode https = Http.getJson(b + "/api/images/" + iid + "/", "X-Forwarded-Proto", "https");
      assertTrue(
          https
              .get("file")
              .asText()
              .startsWith(b.replace("http://", "https://") + "/media/images/"));
      JsonNode plain = Http.getJson(b + "/api/images/?limit=1");
      assertTrue(plain.get("next").asText().startsWith(b + "/api/images/"));
    }
  }

  @Test
  void formatJsonIsAcceptedAndRecordsMatchTheCorpus() {
    long cid = corpus.collectionIds().skip(2).findFirst().orElseThrow();
    assertEquals(
        corpus.collectionJson(cid, base).toString(),
        Http.getJson(base + "/api/collections/" + cid + "/?format=json").toString());
  }

  private static void assertRedirect(String path, String location) {
    HttpResponse<byte[]> r = Http.get(base + path);
    assertEquals(301, r.statusCode(), path);
    assertEquals(location, r.headers().firstValue("Location").orElseThrow());
  }
}
